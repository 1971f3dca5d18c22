using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace IacTest.Harness.Secrets;

/// <summary>
/// The forms a secret takes in the text the harness reads back: as is, escaped inside JSON (Ansible's callback is
/// Python's <c>json.dumps</c>, which escapes non-ASCII; .NET escapes more), URL-encoded (a query string, a
/// connection string), base64 (a basic-auth header, a Kubernetes secret) and shell-quoted (an evidence line).
/// </summary>
internal static partial class SecretEncodings
{
    public static IEnumerable<string> Of(string secret)
    {
        yield return secret;
        yield return PythonJsonEscape(secret);
        yield return JsonEncodedText.Encode(secret, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();
        yield return JsonEncodedText.Encode(secret).ToString();
        // Percent-encoding as RFC 3986 (.NET), as Python's quote (keeps '/': Jinja's urlencode) and as forms ('+' for
        // a space), each with upper- and lower-case hex digits.
        var escaped = Uri.EscapeDataString(secret);
        foreach (var form in new[] { escaped, escaped.Replace("%2F", "/", StringComparison.Ordinal), System.Net.WebUtility.UrlEncode(secret) })
        {
            yield return form;
            yield return LowerCaseHex().Replace(form, m => m.Value.ToLowerInvariant());
        }
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(secret));
        yield return base64;
        yield return base64.TrimEnd('=');
        yield return base64.TrimEnd('=').Replace('+', '-').Replace('/', '_');
        yield return secret.Replace("'", "'\\''", StringComparison.Ordinal);
    }

    /// <summary>What Python's <c>json.dumps</c> (ensure_ascii) writes for the text inside the quotes.</summary>
    private static string PythonJsonEscape(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (c < 0x20 || c > 0x7e)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex("%[0-9A-F]{2}")]
    private static partial Regex LowerCaseHex();
}
