using System.Globalization;
using System.Security.Cryptography;

namespace IacTest.Harness.Goss.Templates;

/// <summary>
/// Sprig's random functions. A goss file uses them to make unique names (a temp file, a test user); their text is
/// never expected to equal anything, so only its length and alphabet follow Sprig.
/// </summary>
internal sealed partial class TemplateFunctions
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Digits = "0123456789";

    // Sprig's randAscii draws from the printable ASCII characters, space to tilde.
    private static readonly string PrintableAscii = new([.. Enumerable.Range(32, 95).Select(c => (char)c)]);

    private void AddRandom()
    {
        Add("randAlphaNum", 1, 1, a => RandomText(Letters + Digits, Count(a[0])));
        Add("randAlpha", 1, 1, a => RandomText(Letters, Count(a[0])));
        Add("randNumeric", 1, 1, a => RandomText(Digits, Count(a[0])));
        Add("randAscii", 1, 1, a => RandomText(PrintableAscii, Count(a[0])));
        Add("randBytes", 1, 1, a => Convert.ToBase64String(RandomNumberGenerator.GetBytes(Count(a[0]))));
        Add("randInt", 2, 2, a => Integer(a[1]) <= Integer(a[0])
            ? throw new TemplateFunctionException("randInt needs a maximum above its minimum")
            : Integer(a[0]) + Random.Shared.NextInt64(Integer(a[1]) - Integer(a[0])));
        Add("uuidv4", 0, 0, _ => Guid.NewGuid().ToString("D", CultureInfo.InvariantCulture));
        Add("shuffle", 1, 1, a =>
        {
            var characters = TemplateValues.Text(a[0]).ToCharArray();
            Random.Shared.Shuffle(characters);
            return new string(characters);
        });
    }

    private static int Count(object? value) =>
        Integer(value) is var n && n >= 0 && n <= 1 << 20 ? (int)n : throw new TemplateFunctionException($"cannot make {n} random characters");

    private static string RandomText(string alphabet, int length) =>
        string.Create(length, alphabet, (span, chars) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = chars[RandomNumberGenerator.GetInt32(chars.Length)];
            }
        });
}
