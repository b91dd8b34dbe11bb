using System.Text;

namespace ServiceExcellence.Testing;

/// <summary>
/// Reads the length-delimited fields (messages, strings, bytes) of a protobuf message and skips the rest: enough to
/// read OTLP without its generated classes, which our package feed does not serve.
/// </summary>
internal static class Protobuf
{
    public static IEnumerable<byte[]> Fields(byte[] message, int number)
    {
        var position = 0;
        while (position < message.Length)
        {
            var key = ReadVarint(message, ref position);
            var wireType = (int)(key & 7);
            var field = (int)(key >> 3);
            switch (wireType)
            {
                case 0:
                    ReadVarint(message, ref position);
                    break;
                case 1:
                    position += 8;
                    break;
                case 5:
                    position += 4;
                    break;
                case 2:
                    var length = (int)ReadVarint(message, ref position);
                    if (field == number)
                    {
                        yield return message[position..(position + length)];
                    }

                    position += length;
                    break;
                default:
                    throw new InvalidDataException($"Unexpected protobuf wire type {wireType} at byte {position}.");
            }
        }
    }

    public static byte[]? Field(byte[] message, int number) => Fields(message, number).FirstOrDefault();

    public static string? Text(byte[] message, int number) => Field(message, number) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    public static string? Hex(byte[] message, int number) =>
        Field(message, number) is { Length: > 0 } bytes ? Convert.ToHexStringLower(bytes) : null;

    private static ulong ReadVarint(byte[] message, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = message[position++];
            value |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }
}
