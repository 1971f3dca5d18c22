using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using IacTest.Lint.Text;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Secrets.Model;

/// <summary>How secrets are recognised, masked and fingerprinted. A secret's value never leaves this class.</summary>
internal static partial class SecretText
{
    /// <summary>A hint that shows the value's length and, at most, a prefix that is not secret (<c>ghp_</c>).</summary>
    public static string Mask(string value, int revealPrefix = 0)
    {
        var prefix = revealPrefix > 0 && revealPrefix < value.Length ? value[..revealPrefix] : string.Empty;
        return $"{prefix}{new string('*', 8)} ({value.Length} characters)";
    }

    /// <summary>A stable, one-way fingerprint of a finding, for baselines: rule code and value, not position.</summary>
    public static string Fingerprint(string code, string value)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(code + "\0" + value));
        return Convert.ToHexString(hash, 0, 6).ToLowerInvariant();
    }

    /// <summary>Shannon entropy in bits per character.</summary>
    public static double Entropy(string value)
    {
        if (value.Length == 0)
        {
            return 0;
        }

        var counts = new Dictionary<char, int>();
        foreach (var c in value)
        {
            counts[c] = counts.TryGetValue(c, out var n) ? n + 1 : 1;
        }

        var entropy = 0.0;
        foreach (var count in counts.Values)
        {
            var p = (double)count / value.Length;
            entropy -= p * Math.Log2(p);
        }

        return entropy;
    }

    /// <summary>Whether a key names a secret outright (<c>password</c>, <c>db_secret</c>, <c>apiToken</c>, …).</summary>
    public static bool IsSecretKey(string key) => SecretKeyNames.IsSecret(key);

    /// <summary>Whether a key may hold a secret (<c>signing_key</c>, <c>auth</c>, …): checked for high entropy only.</summary>
    public static bool IsSecretLookingKey(string key) => SecretKeyNames.MayBeSecret(key);

    /// <summary>Whether a scalar holds a literal value worth checking: not empty, not a reference, template, vault or placeholder.</summary>
    public static bool IsLiteral(YScalar scalar)
    {
        if (scalar.Tag is "!vault" || scalar.IsNull)
        {
            return false;
        }

        return IsLiteral(scalar.Value);
    }

    /// <summary>Whether a text is a literal value worth checking: not a reference, template, switch or placeholder.</summary>
    public static bool IsLiteral(string text)
    {
        var value = text.Trim();
        if (value.Length < 4 || value is "true" or "false" or "True" or "False" or "TRUE" or "FALSE" or "yes" or "no" or "Yes" or "No")
        {
            return false;
        }

        return !Reference().IsMatch(value) && !Placeholder().IsMatch(value);
    }

    /// <summary>Whether a value is a reference or template rather than a value (<c>{{ }}</c>, <c>${ }</c>, SOPS <c>ENC[…]</c>).</summary>
    public static bool IsReference(string value) => Reference().IsMatch(value);

    /// <summary>The 1-based line and column of a character offset.</summary>
    public static Position PositionOf(SourceText source, int offset)
    {
        var lines = source.Lines;
        int low = 0, high = lines.Count - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (lines[mid].Start <= offset)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return new Position(low + 1, offset - lines[low].Start + 1, offset);
    }

    [GeneratedRegex(@"\{\{|\{%|\$\{|\$\(|%\{|<%|^ENC\[|^\$[A-Za-z_]|^vault:|^ref\+|^arn:aws:secretsmanager|^projects/[^/]+/secrets/|^!")]
    private static partial Regex Reference();

    [GeneratedRegex(@"(?i)^(?:<[^>]*>|\*+|x{3,}|\.{3}|changeme|change[-_ ]?me|replace[-_ ]?me|todo|tbd|fixme|none|null|secret|password|passw0rd|example[\w-]*|dummy|placeholder|your[-_ ]?\w+|redacted|sample|test|testing|\[.*\]|\(.*\))$")]
    private static partial Regex Placeholder();
}
