using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace BotCare.Channels;

/// <summary>Reads a request body up to a limit, without trusting Content-Length alone.</summary>
internal static class RequestBody
{
    private const int ChunkBytes = 16 * 1024;

    /// <summary>The body, or null when it is larger than <paramref name="limit"/> bytes.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        // Channels send Content-Length: the body then goes straight into an array of its size, the only allocation a
        // request needs (this runs on every turn). The server frames the body by that length, so no more can follow.
        if (request.ContentLength is { } declared)
        {
            var body = new byte[declared];
            var filled = 0;
            while (filled < body.Length)
            {
                var read = await request.Body.ReadAsync(body.AsMemory(filled), cancellationToken);
                if (read == 0)
                {
                    return body[..filled];
                }

                filled += read;
            }

            return body;
        }

        return await ReadChunkedAsync(request, limit, cancellationToken);
    }

    /// <summary>A body of unknown length, read chunk by chunk and given up on as soon as it passes the limit.</summary>
    private static async Task<byte[]?> ReadChunkedAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk.AsMemory(0, ChunkBytes), cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }
}
