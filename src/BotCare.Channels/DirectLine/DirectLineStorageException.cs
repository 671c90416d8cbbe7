namespace BotCare.Channels;

/// <summary>The conversation log could not be written (storage unreachable): the activity was not accepted.</summary>
public sealed class DirectLineStorageException : Exception
{
    public DirectLineStorageException()
    {
    }

    public DirectLineStorageException(string message)
        : base(message)
    {
    }

    public DirectLineStorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
