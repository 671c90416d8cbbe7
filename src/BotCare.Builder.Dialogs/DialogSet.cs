using System.Security.Cryptography;
using System.Text;

namespace BotCare.Builder.Dialogs;

/// <summary>A set of dialogs by id, and where their stack is stored.</summary>
public sealed class DialogSet
{
    private readonly IStatePropertyAccessor<DialogState>? _dialogState;
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);
    private string? _version;

    public DialogSet(IStatePropertyAccessor<DialogState> dialogState)
    {
        _dialogState = dialogState ?? throw new ArgumentNullException(nameof(dialogState));
    }

    /// <summary>A set whose stack is kept by its owner (a <see cref="ComponentDialog"/>).</summary>
    public DialogSet()
    {
    }

    /// <summary>
    /// Adds a dialog. Adding the same instance twice does nothing; a different dialog with a taken id gets a
    /// numeric suffix (<c>id2</c>, <c>id3</c>, ...), as in the SDK.
    /// </summary>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (_dialogs.TryGetValue(dialog.Id, out var existing))
        {
            if (ReferenceEquals(existing, dialog))
            {
                return this;
            }

            var suffix = 2;
            while (_dialogs.ContainsKey(dialog.Id + suffix))
            {
                suffix++;
            }

            dialog.Id += suffix;
        }

        _dialogs[dialog.Id] = dialog;
        _version = null;
        return this;
    }

    /// <summary>Loads the stack for this turn and returns a context to drive it.</summary>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (_dialogState is null)
        {
            throw new InvalidOperationException("This DialogSet was created without a state property accessor, so it cannot load a stack.");
        }

        var state = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken);
        return new DialogContext(this, turnContext, state);
    }

    public Dialog? Find(string dialogId)
    {
        ArgumentException.ThrowIfNullOrEmpty(dialogId);
        return _dialogs.GetValueOrDefault(dialogId);
    }

    public IEnumerable<Dialog> GetDialogs() => _dialogs.Values;

    /// <summary>A hash of the versions of every dialog in the set.</summary>
    public string GetVersion()
    {
        if (_version is null)
        {
            var versions = string.Join('\n', _dialogs.Values.Select(d => d.GetVersion()).Order(StringComparer.Ordinal));
            _version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(versions)));
        }

        return _version;
    }
}
