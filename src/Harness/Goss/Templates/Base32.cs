using System.Text;

namespace IacTest.Harness.Goss.Templates;

/// <summary>RFC 4648 base32 with padding, as Go's <c>base32.StdEncoding</c> (Sprig's <c>b32enc</c>/<c>b32dec</c>).</summary>
internal static class Base32
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static string Encode(byte[] data)
    {
        var text = new StringBuilder();
        for (var i = 0; i < data.Length; i += 5)
        {
            var chunk = data.Skip(i).Take(5).ToArray();
            ulong bits = 0;
            for (var j = 0; j < 5; j++)
            {
                bits = (bits << 8) | (j < chunk.Length ? chunk[j] : 0u);
            }

            var characters = (chunk.Length * 8 + 4) / 5;
            for (var j = 0; j < 8; j++)
            {
                text.Append(j < characters ? Alphabet[(int)((bits >> (35 - (j * 5))) & 31)] : '=');
            }
        }

        return text.ToString();
    }

    /// <summary>Where decoding <paramref name="text"/> fails, as Go's decoder reports it: the first character outside the alphabet, else the end.</summary>
    public static int FirstIllegal(string text)
    {
        var index = text.TrimEnd('=').ToList().FindIndex(c => !Alphabet.Contains(c, StringComparison.Ordinal));
        return index >= 0 ? index : text.Length;
    }

    /// <summary>The bytes <paramref name="text"/> encodes; null when it is not padded base32.</summary>
    public static byte[]? Decode(string text)
    {
        if (text.Length % 8 != 0)
        {
            return null;
        }

        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i += 8)
        {
            var block = text.Substring(i, 8);
            var characters = block.TrimEnd('=');
            if (characters.Contains('=', StringComparison.Ordinal) || characters.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal))
                || (i + 8 < text.Length && characters.Length < 8) || characters.Length is 1 or 3 or 6)
            {
                return null;
            }

            ulong bits = 0;
            for (var j = 0; j < 8; j++)
            {
                bits = (bits << 5) | (j < characters.Length ? (ulong)Alphabet.IndexOf(characters[j], StringComparison.Ordinal) : 0);
            }

            var count = characters.Length * 5 / 8;
            for (var j = 0; j < count; j++)
            {
                bytes.Add((byte)(bits >> (32 - (j * 8))));
            }
        }

        return [.. bytes];
    }
}
