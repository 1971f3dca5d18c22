using System.Security.Cryptography;
using System.Text;

namespace IacTest.Lint.Families.Kubernetes.Kustomize.Builtin;

/// <summary>
/// The name suffix Kustomize gives a generated ConfigMap or Secret: the SHA-256 of a JSON encoding of its kind, type
/// and data (keys sorted, Go's escaping, the name left empty as Kustomize leaves it), the first ten hex digits with
/// 0, 1, 3, a and e changed to letters so the suffix never reads as a number or a word.
/// </summary>
internal static class KustomizeHash
{
    public static string Of(KMap body)
    {
        var kind = body.String("kind") ?? string.Empty;
        var json = new StringBuilder("{");
        if (body.Map("binaryData") is { Entries.Count: > 0 })
        {
            throw new KustomizeUnsupportedException("binary data in a generated object");
        }

        json.Append("\"data\":");
        if (body.Map("data") is { } data)
        {
            json.Append('{');
            var first = true;
            foreach (var key in data.Entries.Keys.Order(StringComparer.Ordinal))
            {
                if (data.Entries[key] is not KScalar { Type: KScalarType.String } value)
                {
                    throw new KustomizeUnsupportedException("generated data that is not a string");
                }

                json.Append(first ? string.Empty : ",").Append(Quote(key)).Append(':').Append(Quote(value.Text));
                first = false;
            }

            json.Append('}');
        }
        else
        {
            json.Append("null");
        }

        json.Append(",\"kind\":").Append(Quote(kind)).Append(",\"name\":\"\"");
        if (kind == "Secret")
        {
            json.Append(",\"type\":").Append(Quote(body.String("type") ?? string.Empty));
        }

        json.Append('}');
        var hex = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json.ToString()))).ToLowerInvariant();
        var suffix = new StringBuilder(10);
        foreach (var c in hex[..10])
        {
            suffix.Append(c switch { '0' => 'g', '1' => 'h', '3' => 'k', 'a' => 'm', 'e' => 't', _ => c });
        }

        return suffix.ToString();
    }

    // Go's encoding/json: HTML characters and the two line separators escaped as \u, controls as \n, \r, \t or \u00XX.
    private static string Quote(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '<' or '>' or '&' or '\u2028' or '\u2029' or < ' ':
                    text.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default: text.Append(c); break;
            }
        }

        return text.Append('"').ToString();
    }
}
