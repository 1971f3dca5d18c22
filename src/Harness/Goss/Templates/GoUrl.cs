using System.Globalization;
using System.Text;

namespace IacTest.Harness.Goss.Templates;

/// <summary>
/// The parts of Go's net/url that Sprig's <c>urlParse</c> and <c>urlJoin</c> use: <c>url.Parse</c> into scheme,
/// user info, host, path, query and fragment, and <c>URL.String</c> back, with Go's escaping rules per part.
/// </summary>
internal static class GoUrl
{
    private enum Part
    {
        Path,
        UserPassword,
        Host,
        Fragment,
    }

    /// <summary>url.Parse as Sprig's urlParse returns it; a URL Go refuses is a <see cref="TemplateFunctionException"/>.</summary>
    public static Dictionary<string, object?> Parse(string raw)
    {
        if (raw.Any(c => c < ' ' || c == '\x7f'))
        {
            throw new TemplateFunctionException("unable to parse url: net/url: invalid control character in URL");
        }

        var hash = raw.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash < 0 ? "" : Unescape(raw[(hash + 1)..]);
        var rest = hash < 0 ? raw : raw[..hash];
        var (scheme, afterScheme) = Scheme(rest);
        rest = afterScheme;
        var query = "";
        var question = rest.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            query = rest[(question + 1)..];
            rest = rest[..question];
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["scheme"] = scheme, ["host"] = "", ["hostname"] = "", ["path"] = "", ["query"] = query, ["opaque"] = "", ["fragment"] = fragment, ["userinfo"] = "",
        };
        if (!rest.StartsWith('/') && scheme.Length > 0)
        {
            result["opaque"] = rest; // mailto:ops@example.org
            return result;
        }

        if (rest.StartsWith("//", StringComparison.Ordinal) && (scheme.Length > 0 || !rest.StartsWith("///", StringComparison.Ordinal)))
        {
            var slash = rest.IndexOf('/', 2);
            var authority = slash < 0 ? rest[2..] : rest[2..slash];
            rest = slash < 0 ? "" : rest[slash..];
            var at = authority.LastIndexOf('@');
            if (at >= 0)
            {
                result["userinfo"] = UserInfo(authority[..at]);
            }

            var host = Unescape(authority[(at + 1)..]);
            var portColon = host.LastIndexOf(':');
            if (portColon > host.LastIndexOf(']') && !host[(portColon + 1)..].All(char.IsAsciiDigit))
            {
                throw new TemplateFunctionException($"unable to parse url: invalid port \"{host[portColon..]}\" after host");
            }

            result["host"] = host;
            result["hostname"] = HostName(host);
        }
        else if (scheme.Length == 0 && rest.Split('/')[0].Contains(':', StringComparison.Ordinal))
        {
            throw new TemplateFunctionException("unable to parse url: first path segment in URL cannot contain colon");
        }

        result["path"] = Unescape(rest);
        return result;
    }

    /// <summary>URL.String of the parts Sprig's urlJoin reads from a dictionary.</summary>
    public static string Join(string scheme, string userInfo, string host, string path, string query, string opaque, string fragment)
    {
        var builder = new StringBuilder();
        if (scheme.Length > 0)
        {
            builder.Append(scheme).Append(':');
        }

        if (opaque.Length > 0)
        {
            builder.Append(opaque);
        }
        else
        {
            var user = userInfo.Length > 0 ? UserInfo(userInfo) : null;
            if (scheme.Length > 0 || host.Length > 0 || user is not null)
            {
                if (host.Length > 0 || path.Length > 0 || user is not null)
                {
                    builder.Append("//");
                }

                if (user is not null)
                {
                    builder.Append(user).Append('@');
                }

                builder.Append(Escape(host, Part.Host));
            }

            var escapedPath = Escape(path, Part.Path);
            if (escapedPath.Length > 0 && escapedPath[0] != '/' && host.Length > 0)
            {
                builder.Append('/');
            }

            if (builder.Length == 0 && escapedPath.Split('/')[0].Contains(':', StringComparison.Ordinal))
            {
                builder.Append("./");
            }

            builder.Append(escapedPath);
        }

        if (query.Length > 0)
        {
            builder.Append('?').Append(query);
        }

        if (fragment.Length > 0)
        {
            builder.Append('#').Append(Escape(fragment, Part.Fragment));
        }

        return builder.ToString();
    }

    private static (string Scheme, string Remainder) Scheme(string raw)
    {
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (char.IsAsciiLetter(c))
            {
                continue;
            }

            if (char.IsAsciiDigit(c) || c is '+' or '-' or '.')
            {
                if (i == 0)
                {
                    return ("", raw);
                }

                continue;
            }

            if (c == ':')
            {
                return i == 0 ? throw new TemplateFunctionException("unable to parse url: missing protocol scheme") : (raw[..i].ToLowerInvariant(), raw[(i + 1)..]);
            }

            return ("", raw);
        }

        return ("", raw);
    }

    // The user info as Userinfo.String writes it again: user and password unescaped, then escaped.
    private static string UserInfo(string raw)
    {
        var colon = raw.IndexOf(':', StringComparison.Ordinal);
        var user = Escape(Unescape(colon < 0 ? raw : raw[..colon]), Part.UserPassword);
        return colon < 0 ? user : user + ":" + Escape(Unescape(raw[(colon + 1)..]), Part.UserPassword);
    }

    private static string HostName(string host)
    {
        if (host.StartsWith('['))
        {
            var close = host.IndexOf(']', StringComparison.Ordinal);
            return close < 0 ? host[1..] : host[1..close];
        }

        var colon = host.LastIndexOf(':');
        return colon < 0 ? host : host[..colon];
    }

    private static string Unescape(string text)
    {
        if (!text.Contains('%', StringComparison.Ordinal))
        {
            return text;
        }

        // Over the UTF-8 bytes, as Go: a character outside the BMP is two chars, which must not be encoded one by one.
        var source = Encoding.UTF8.GetBytes(text);
        var bytes = new List<byte>(source.Length);
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] == '%')
            {
                if (i + 2 >= source.Length || !Uri.IsHexDigit((char)source[i + 1]) || !Uri.IsHexDigit((char)source[i + 2]))
                {
                    var end = Math.Min(source.Length, i + 3);
                    throw new TemplateFunctionException($"unable to parse url: invalid URL escape \"{Encoding.UTF8.GetString(source, i, end - i)}\"");
                }

                bytes.Add(byte.Parse(Encoding.ASCII.GetString(source, i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 2;
            }
            else
            {
                bytes.Add(source[i]);
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static string Escape(string text, Part part)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            if (ShouldEscape((char)b, part))
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append((char)b);
            }
        }

        return builder.ToString();
    }

    private static bool ShouldEscape(char c, Part part)
    {
        if (char.IsAsciiLetterOrDigit(c))
        {
            return false;
        }

        if (part == Part.Host && c is '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=' or ':' or '[' or ']' or '<' or '>' or '"')
        {
            return false;
        }

        switch (c)
        {
            case '-' or '_' or '.' or '~':
                return false;
            case '$' or '&' or '+' or ',' or '/' or ':' or ';' or '=' or '?' or '@':
                return part switch
                {
                    Part.Path => c == '?',
                    Part.UserPassword => c is '@' or '/' or '?' or ':',
                    Part.Fragment => false,
                    _ => true,
                };
        }

        return part != Part.Fragment || c is not ('!' or '(' or ')' or '*');
    }
}
