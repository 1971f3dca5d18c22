using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using IacTest.Harness.Secrets;

namespace IacTest.Harness.Goss.Templates;

/// <summary>
/// The functions a goss template can call: Go's built-ins (<c>eq</c>, <c>and</c>, <c>index</c>, <c>len</c>,
/// <c>printf</c>…), the Sprig functions goss files use (<c>toUpper</c>, <c>default</c>, <c>split</c>, <c>contains</c>,
/// <c>regexMatch</c>, dates, digests, <c>semver</c>, dictionaries, random text…) and goss's own (<c>mkSlice</c>, <c>getEnv</c>, <c>readFile</c>, <c>findStringSubmatch</c>).
/// A piped value comes as the last argument, as in Go. A text made from a secret is a secret too, so it stays masked.
/// </summary>
internal sealed partial class TemplateFunctions
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    private readonly Dictionary<string, Func<object?[], object?>> _functions = new(StringComparer.Ordinal);
    private readonly string _directory;
    private readonly IReadOnlyDictionary<string, object?> _environment;

    /// <summary>Functions for a goss file in <paramref name="directory"/> (where <c>readFile</c> starts).</summary>
    public TemplateFunctions(string directory, IReadOnlyDictionary<string, object?> environment)
    {
        _directory = directory;
        _environment = environment;
        AddBuiltIns();
        AddStrings();
        AddLists();
        AddMoreLists();
        AddDictionaries();
        AddRandom();
        AddMoreText();
        AddPaths();
        AddNumbers();
        AddMoreNumbers();
        AddDates();
        AddCaseAndWrap();
        AddFloats();
        AddReflection();
        AddUrlsAndHosts();
        AddJsonAndDurations();
        AddCrypto();
        AddMust();
        AddGoss();
    }

    /// <summary>The names known, for messages.</summary>
    public IEnumerable<string> Names => _functions.Keys.Order(StringComparer.Ordinal);

    /// <summary>Calls <paramref name="name"/>; throws <see cref="TemplateFunctionException"/> on a bad call.</summary>
    public object? Call(string name, object?[] arguments)
    {
        if (!_functions.TryGetValue(name, out var function))
        {
            throw new TemplateFunctionException("function not defined");
        }

        object? result;
        try
        {
            result = function(arguments);
        }
        catch (Exception e) when (e is RegexParseException or RegexMatchTimeoutException or FormatException or OverflowException or IOException
                                      or UnauthorizedAccessException or DivideByZeroException)
        {
            throw new TemplateFunctionException(e is IOException or UnauthorizedAccessException ? "cannot read the file" : e.Message);
        }

        return result is string text && arguments.Any(a => a is SecretValue) ? Secret(text) : result;
    }

    private static object Secret(string text)
    {
        try
        {
            return new SecretValue(text);
        }
        catch (ArgumentException)
        {
            return text; // too short to mask on its own: the masker refuses it
        }
    }

    private void Add(string name, int minimum, int maximum, Func<object?[], object?> function) => _functions[name] = arguments =>
        arguments.Length < minimum || arguments.Length > maximum
            ? throw new TemplateFunctionException(minimum == maximum ? $"takes {minimum} argument(s), got {arguments.Length}" : $"takes {minimum} to {maximum} arguments, got {arguments.Length}")
            : function(arguments);

    private void Alias(string alias, string name) => _functions[alias] = _functions[name];

    // Sprig's prefixed spellings: ("must", "toJson") is mustToJson.
    private static string Prefixed(string prefix, string name) => prefix + char.ToUpperInvariant(name[0]) + name[1..];

    private void AddText(string name, Func<string, object?> function) => Add(name, 1, 1, a => function(TemplateValues.Text(a[0])));

    private void AddText2(string name, Func<string, string, object?> function) => Add(name, 2, 2, a => function(TemplateValues.Text(a[0]), TemplateValues.Text(a[1])));

    private void AddBuiltIns()
    {
        Add("and", 1, int.MaxValue, a => a.FirstOrDefault(x => !TemplateValues.IsTrue(x), a[^1]));
        Add("or", 1, int.MaxValue, a => a.FirstOrDefault(TemplateValues.IsTrue, a[^1]));
        Add("not", 1, 1, a => !TemplateValues.IsTrue(a[0]));
        Add("eq", 2, int.MaxValue, a => a.Skip(1).Any(x => TemplateValues.Equal(a[0], x)));
        Add("ne", 2, 2, a => !TemplateValues.Equal(a[0], a[1]));
        Add("lt", 2, 2, a => Compare(a[0], a[1]) < 0);
        Add("le", 2, 2, a => Compare(a[0], a[1]) <= 0);
        Add("gt", 2, 2, a => Compare(a[0], a[1]) > 0);
        Add("ge", 2, 2, a => Compare(a[0], a[1]) >= 0);
        Add("len", 1, 1, a => a[0] is string or SecretValue ? (long)TemplateValues.Text(a[0]).Length : a[0] is null ? throw new TemplateFunctionException("len of nil") : (long)TemplateValues.List(a[0]).Count);
        Add("index", 1, int.MaxValue, a => a.Skip(1).Aggregate(a[0], Index));
        Add("print", 0, int.MaxValue, Sprint);
        Add("println", 0, int.MaxValue, a => string.Join(" ", a.Select(TemplateValues.Print)) + "\n");
        Add("printf", 1, int.MaxValue, a => GoFormat.Sprintf(TemplateValues.Text(a[0]), a[1..]));
        AddText("urlquery", Uri.EscapeDataString);
        AddText("html", System.Net.WebUtility.HtmlEncode);
    }

    private void AddStrings()
    {
        foreach (var name in new[] { "upper", "toUpper" })
        {
            AddText(name, s => s.ToUpperInvariant());
        }

        foreach (var name in new[] { "lower", "toLower" })
        {
            AddText(name, s => s.ToLowerInvariant());
        }

        AddText("title", s => string.Join(' ', s.Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..])));
        AddText("trim", s => s.Trim());
        AddText("nospace", s => string.Concat(s.Where(c => !char.IsWhiteSpace(c))));
        AddText("b64enc", s => Convert.ToBase64String(Encoding.UTF8.GetBytes(s)));
        AddText("b64dec", s => Encoding.UTF8.GetString(Convert.FromBase64String(s)));
        AddText("sha256sum", s => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(s))).ToLowerInvariant());
#pragma warning disable CA5350 // Sprig's sha1sum is SHA-1 by definition: a goss file compares it with a file's digest, not for security
        AddText("sha1sum", s => Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(s))).ToLowerInvariant());
#pragma warning restore CA5350
        AddText("adler32sum", s => Adler32(Encoding.UTF8.GetBytes(s)).ToString(CultureInfo.InvariantCulture));
        AddText("b32enc", s => Base32.Encode(Encoding.UTF8.GetBytes(s)));
        // Sprig prints the decoder's error instead of failing the template.
        AddText("b32dec", s => Base32.Decode(s) is { } bytes ? Encoding.UTF8.GetString(bytes) : $"illegal base32 data at input byte {Base32.FirstIllegal(s)}");
        AddText2("trimAll", (cut, s) => s.Trim(cut.ToCharArray()));
        AddText2("trimPrefix", (prefix, s) => s.StartsWith(prefix, StringComparison.Ordinal) ? s[prefix.Length..] : s);
        AddText2("trimSuffix", (suffix, s) => s.EndsWith(suffix, StringComparison.Ordinal) ? s[..^suffix.Length] : s);
        AddText2("contains", (part, s) => s.Contains(part, StringComparison.Ordinal));
        AddText2("hasPrefix", (prefix, s) => s.StartsWith(prefix, StringComparison.Ordinal));
        AddText2("hasSuffix", (suffix, s) => s.EndsWith(suffix, StringComparison.Ordinal));
        Add("replace", 3, 3, a => TemplateValues.Text(a[2]).Replace(TemplateValues.Text(a[0]), TemplateValues.Text(a[1]), StringComparison.Ordinal));
        Add("repeat", 2, 2, a => string.Concat(Enumerable.Repeat(TemplateValues.Text(a[1]), (int)Integer(a[0]))));
        Add("indent", 2, 2, a => Indent((int)Integer(a[0]), TemplateValues.Text(a[1])));
        Add("nindent", 2, 2, a => "\n" + Indent((int)Integer(a[0]), TemplateValues.Text(a[1])));
        Add("quote", 0, int.MaxValue, a => string.Join(" ", a.Where(x => x is not null).Select(x => "\"" + GoFormat.Escape(TemplateValues.Text(x)) + "\"")));
        Add("squote", 0, int.MaxValue, a => string.Join(" ", a.Where(x => x is not null).Select(x => "'" + TemplateValues.Text(x) + "'")));
        Add("cat", 0, int.MaxValue, a => string.Join(" ", a.Where(x => x is not null).Select(TemplateValues.Print)));
        Add("toString", 1, 1, a => TemplateValues.Print(a[0]));
        Add("split", 2, 2, a => TemplateValues.Text(a[1]).Split(TemplateValues.Text(a[0]))
            .Select((part, i) => (part, i)).ToDictionary(x => "_" + x.i.ToString(CultureInfo.InvariantCulture), x => (object?)x.part, StringComparer.Ordinal));
        Add("splitList", 2, 2, a => TemplateValues.Text(a[1]).Split(TemplateValues.Text(a[0])).Select(x => (object?)x).ToList());
        Add("join", 2, 2, a => string.Join(TemplateValues.Text(a[0]), TemplateValues.List(a[1]).Select(TemplateValues.Print)));
        Add("regexMatch", 2, 2, a => Regex(a[0]).IsMatch(TemplateValues.Text(a[1])));
        Add("regexFind", 2, 2, a => Regex(a[0]).Match(TemplateValues.Text(a[1])) is { Success: true } m ? m.Value : "");
        Add("regexFindAll", 3, 3, a => Regex(a[0]).Matches(TemplateValues.Text(a[1])).Select(m => (object?)m.Value)
            .Take(Integer(a[2]) < 0 ? int.MaxValue : (int)Integer(a[2])).ToList());
        Add("regexReplaceAll", 3, 3, a => Regex(a[0]).Replace(TemplateValues.Text(a[1]), GoReplacement(TemplateValues.Text(a[2]))));
        Add("findStringSubmatch", 2, 2, a => Submatches(Regex(a[0]), TemplateValues.Text(a[1])));
    }

    private void AddLists()
    {
        foreach (var name in new[] { "list", "mkSlice" })
        {
            Add(name, 0, int.MaxValue, a => a.ToList());
        }

        Add("first", 1, 1, a => TemplateValues.List(a[0]).FirstOrDefault());
        Add("last", 1, 1, a => TemplateValues.List(a[0]).LastOrDefault());
        Add("has", 2, 2, a => TemplateValues.List(a[1]).Any(x => TemplateValues.Equal(x, a[0])));
        Add("uniq", 1, 1, a => TemplateValues.List(a[0]).DistinctBy(TemplateValues.Print).ToList());
        Add("sortAlpha", 1, 1, a => TemplateValues.List(a[0]).Select(TemplateValues.Print).Order(StringComparer.Ordinal).Select(x => (object?)x).ToList());
        Add("default", 1, 2, a => a.Length < 2 || !TemplateValues.IsTrue(a[1]) ? a[0] : a[1]);
        Add("empty", 1, 1, a => !TemplateValues.IsTrue(a[0]));
        Add("coalesce", 0, int.MaxValue, a => a.FirstOrDefault(TemplateValues.IsTrue));
        Add("ternary", 3, 3, a => TemplateValues.IsTrue(a[2]) ? a[0] : a[1]);
    }

    private void AddNumbers()
    {
        foreach (var name in new[] { "int", "int64", "atoi" })
        {
            Add(name, 1, 1, a => a[0] is string s && s.Length == 0 ? 0L : (long)(TemplateValues.Number(a[0]) ?? 0));
        }

        Add("float64", 1, 1, a => TemplateValues.Number(a[0]) ?? 0d);
        Add("add", 0, int.MaxValue, a => Arithmetic(a.Select(Real).Sum(), a));
        Add("add1", 1, 1, a => Arithmetic(Real(a[0]) + 1, a));
        Add("sub", 2, 2, a => Arithmetic(Real(a[0]) - Real(a[1]), a));
        Add("mul", 1, int.MaxValue, a => Arithmetic(a.Select(Real).Aggregate(1d, (x, y) => x * y), a));
        Add("div", 2, 2, a => Real(a[1]) == 0 ? throw new TemplateFunctionException("division by zero") : Arithmetic(Math.Truncate(Real(a[0]) / Real(a[1])), a));
        Add("mod", 2, 2, a => Integer(a[1]) == 0 ? throw new TemplateFunctionException("division by zero") : Integer(a[0]) % Integer(a[1]));
        Add("semverCompare", 2, 2, a => SprigSemver.Compare(TemplateValues.Text(a[0]), TemplateValues.Text(a[1])));
        Add("semver", 1, 1, a => SemverValue.Parse(TemplateValues.Text(a[0])));
        Add("max", 1, int.MaxValue, a => Arithmetic(a.Select(Real).Max(), a));
        Add("min", 1, int.MaxValue, a => Arithmetic(a.Select(Real).Min(), a));
    }

    private void AddDates()
    {
        // Sprig's dates: a time, or whole seconds since the Unix epoch; anything else means now (as Sprig does).
        Add("now", 0, 0, _ => DateTimeOffset.Now);
        Add("date", 2, 2, a => InZone(TemplateValues.Text(a[0]), a[1], TimeZoneInfo.Local));
        Add("dateInZone", 3, 3, a => InZone(TemplateValues.Text(a[0]), a[1], Zone(TemplateValues.Text(a[2]))));
        Add("date_in_zone", 3, 3, a => InZone(TemplateValues.Text(a[0]), a[1], Zone(TemplateValues.Text(a[2]))));
        Add("htmlDate", 1, 1, a => InZone("2006-01-02", a[0], TimeZoneInfo.Local));
        Add("htmlDateInZone", 2, 2, a => InZone("2006-01-02", a[0], Zone(TemplateValues.Text(a[1]))));
        Add("toDate", 2, 2, a => GoTimeLayout.Parse(TemplateValues.Text(a[0]), TemplateValues.Text(a[1]), TimeZoneInfo.Local) ?? new DateTimeOffset(1, 1, 1, 0, 0, 0, TimeSpan.Zero));
        Add("mustToDate", 2, 2, a => GoTimeLayout.Parse(TemplateValues.Text(a[0]), TemplateValues.Text(a[1]), TimeZoneInfo.Local)
            ?? throw new TemplateFunctionException($"cannot parse \"{TemplateValues.Text(a[1])}\" as \"{TemplateValues.Text(a[0])}\""));
        // Sprig's ago: the time since, rounded to the second, as a Go duration; a value that is no time means now.
        Add("ago", 1, 1, a => GoDuration.Print(TimeSpan.FromSeconds(Math.Round((DateTimeOffset.Now - AsTime(a[0])).TotalSeconds, MidpointRounding.AwayFromZero))));
        Add("unixEpoch", 1, 1, a => a[0] is DateTimeOffset time ? time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) : throw new TemplateFunctionException($"expected a time, found {TemplateValues.Describe(a[0])}"));
        foreach (var name in new[] { "dateModify", "date_modify" })
        {
            Add(name, 2, 2, a => DateModify(a[0], a[1], must: false));
        }

        // Sprig reads only a text or an int64 here; the whole numbers of a template and of YAML vars are Go ints, which
        // it takes as 0 — so, as with goss, only a quoted number counts.
        Add("duration", 1, 1, a => GoDuration.Print(TimeSpan.FromSeconds(a[0] is string text && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : 0)));
    }

    // As Sprig: a duration that does not parse leaves the time as it is, or fails mustDateModify.
    private static DateTimeOffset DateModify(object? duration, object? value, bool must) => value is DateTimeOffset time
        ? GoDuration.Parse(TemplateValues.Text(duration)) is { } by ? time.Add(by)
            : must ? throw new TemplateFunctionException($"time: invalid duration \"{TemplateValues.Text(duration)}\"") : time
        : throw new TemplateFunctionException($"expected a time, found {TemplateValues.Describe(value)}");

    private static DateTimeOffset AsTime(object? value) => value switch
    {
        DateTimeOffset t => t,
        long or int => DateTimeOffset.FromUnixTimeSeconds(Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        _ => DateTimeOffset.Now,
    };

    private static string InZone(string layout, object? value, TimeZoneInfo zone)
    {
        var time = AsTime(value);
        var inZone = TimeZoneInfo.ConvertTime(time, zone);
        return GoTimeLayout.Format(inZone, layout, zone == TimeZoneInfo.Utc || inZone.Offset == TimeSpan.Zero && zone.Id is "UTC" or "Etc/UTC" ? "UTC" : GoTimeLayout.ZoneName(inZone));
    }

    // As Sprig: a zone that cannot be loaded is UTC.
    private static TimeZoneInfo Zone(string name)
    {
        if (name == "Local")
        {
            return TimeZoneInfo.Local;
        }

        try
        {
            return name is "" or "UTC" ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(name);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    }

    private static uint Adler32(byte[] data)
    {
        uint a = 1, b = 0;
        foreach (var d in data)
        {
            a = (a + d) % 65521;
            b = (b + a) % 65521;
        }

        return (b << 16) | a;
    }

    private void AddGoss()
    {
        // As goss: an unset or empty variable gives the default.
        Add("getEnv", 1, 2, a => _environment.TryGetValue(TemplateValues.Text(a[0]), out var v) && TemplateValues.Text(v).Length > 0 ? v : a.Length > 1 ? a[1] : "");
        Add("readFile", 1, 1, a =>
        {
            var path = TemplateValues.Text(a[0]);
            var full = Path.IsPathRooted(path) ? path : Path.Combine(_directory, path);
            return File.Exists(full) ? File.ReadAllText(full).Trim() : throw new TemplateFunctionException($"file '{path}' not found");
        });
    }

    /// <summary>Go's fmt.Sprint: a space between two operands when neither is a string.</summary>
    private static string Sprint(object?[] arguments)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < arguments.Length; i++)
        {
            if (i > 0 && arguments[i] is not (string or SecretValue) && arguments[i - 1] is not (string or SecretValue))
            {
                builder.Append(' ');
            }

            builder.Append(TemplateValues.Print(arguments[i]));
        }

        return builder.ToString();
    }

    private static long Integer(object? value) => (long)Real(value);

    private static double Real(object? value) =>
        TemplateValues.Number(value) ?? throw new TemplateFunctionException($"expected a number, found {TemplateValues.Describe(value)}");

    /// <summary>Sprig's arithmetic is on integers; a whole result stays a whole number.</summary>
    private static object Arithmetic(double result, object?[] arguments) =>
        arguments.Any(a => a is double) || result != Math.Floor(result) ? result : (long)result;

    private static int Compare(object? left, object? right)
    {
        if (TemplateValues.Number(left) is { } a && TemplateValues.Number(right) is { } b && (left is not string || right is not string))
        {
            return a.CompareTo(b);
        }

        if (left is string or SecretValue && right is string or SecretValue)
        {
            return string.CompareOrdinal(TemplateValues.Text(left), TemplateValues.Text(right));
        }

        throw new TemplateFunctionException($"cannot compare {TemplateValues.Describe(left)} with {TemplateValues.Describe(right)}");
    }

    private static object? Index(object? value, object? key) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map.TryGetValue(TemplateValues.Text(key), out var v)
            ? v : throw new TemplateFunctionException($"map has no key '{TemplateValues.Text(key)}'"),
        null => throw new TemplateFunctionException("index of nil"),
        _ when TemplateValues.Number(key) is { } n && TemplateValues.List(value) is var list =>
            n >= 0 && n < list.Count ? list[(int)n] : throw new TemplateFunctionException($"index {n} out of range (length {list.Count})"),
        _ => throw new TemplateFunctionException($"can't index {TemplateValues.Describe(value)} with {TemplateValues.Describe(key)}"),
    };

    private static IReadOnlyDictionary<string, object?> Map(object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? throw new TemplateFunctionException($"expected a map, found {TemplateValues.Describe(value)}");

    private static string Indent(int spaces, string text)
    {
        var pad = new string(' ', Math.Max(0, spaces));
        return pad + text.Replace("\n", "\n" + pad, StringComparison.Ordinal);
    }

    /// <summary>Go's RE2 syntax names groups <c>(?P&lt;name&gt;…)</c>; .NET reads <c>(?&lt;name&gt;…)</c>.</summary>
    private static Regex Regex(object? pattern) =>
        new(TemplateValues.Text(pattern).Replace("(?P<", "(?<", StringComparison.Ordinal), RegexOptions.CultureInvariant, RegexTimeout);

    private static string GoReplacement(string replacement) =>
        System.Text.RegularExpressions.Regex.Replace(replacement, @"\$\{?([A-Za-z0-9_]+)\}?", "$${$1}", RegexOptions.None, RegexTimeout);

    /// <summary>goss's findStringSubmatch: named groups by name, else groups by number from "1".</summary>
    private static Dictionary<string, object?> Submatches(Regex regex, string text)
    {
        var match = regex.Match(text);
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (!match.Success)
        {
            return result;
        }

        var named = regex.GetGroupNames().Where(n => !int.TryParse(n, out _)).ToList();
        if (named.Count > 0)
        {
            named.ForEach(n => result[n] = match.Groups[n].Value);
        }
        else
        {
            for (var i = 1; i < match.Groups.Count; i++)
            {
                result[i.ToString(CultureInfo.InvariantCulture)] = match.Groups[i].Value;
            }
        }

        return result;
    }

    private static object? Plain(object? value) => value switch
    {
        SecretValue secret => secret.Reveal(),
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => Plain(p.Value), StringComparer.Ordinal),
        string => value,
        System.Collections.IEnumerable list => list.Cast<object?>().Select(Plain).ToList(),
        _ => value,
    };
}
