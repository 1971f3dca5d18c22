using System.Globalization;
using System.Text;
using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Build;

/// <summary>
/// How the MSBuild task hands a <see cref="BuildLintRequest"/> to the native <c>iactest build-lint</c> and reads back
/// its <see cref="BuildLintResult"/>: UTF-8 text, one record a line, fields separated by tabs, with tab, line breaks and
/// backslash escaped. Plain text because the task runs cold in every build and a JSON reader or writer costs more to
/// start than the whole exchange. Both sides ship in the same SDK package; another <see cref="Version"/> is refused.
/// A result ends with an <c>end</c> line, so a worker that died half-way is never mistaken for one that finished.
/// </summary>
internal static class BuildLintProtocol
{
    /// <summary>
    /// The protocol version both sides must speak. A request reader passes over a field it does not know, so a field
    /// that changes findings (3: <c>maxFindingsPerFile</c>) takes a new version: an older worker refuses the request
    /// and the build lints in process instead of linting silently without it.
    /// </summary>
    public const int Version = 3;

    private const string Header = "iactest-build-lint";
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Writes a request.</summary>
    public static void WriteRequest(Stream stream, BuildLintRequest request)
    {
        stream.Write(EncodeRequest(request));
        stream.Flush();
    }

    /// <summary>A request as the bytes <see cref="WriteRequest"/> writes.</summary>
    public static byte[] EncodeRequest(BuildLintRequest request)
    {
        var writer = StartDocument(256 + (request.Files.Count * 96));
        Field(writer, "projectDirectory", request.ProjectDirectory);
        Field(writer, "projectFile", request.ProjectFile);
        Field(writer, "cacheFile", request.CacheFile);
        Field(writer, "yamllintConfig", request.YamllintConfig);
        Field(writer, "ansibleLintConfig", request.AnsibleLintConfig);
        Field(writer, "configDiscovery", request.ConfigDiscovery ? "true" : "false");
        Field(writer, "noWarn", request.NoWarn);
        Field(writer, "treatWarningsAsErrors", request.TreatWarningsAsErrors ? "true" : "false");
        Field(writer, "warningsNotAsErrors", request.WarningsNotAsErrors);
        Field(writer, "sarifFile", request.SarifFile);
        Field(writer, "sarifRoot", request.SarifRoot);
        Field(writer, "lintResultsFile", request.LintResultsFile);
        Field(writer, "codeQualityFile", request.CodeQualityFile);
        Field(writer, "checkstyleFile", request.CheckstyleFile);
        Field(writer, "families", request.Families);
        Field(writer, "maxFindingsPerFile", request.MaxFindingsPerFile?.ToString(CultureInfo.InvariantCulture));
        Field(writer, "toolVersion", request.ToolVersion);
        Field(writer, "vendoredLint", request.VendoredLint.ToName());
        Field(writer, "vendorGalaxyRequirements", request.VendorGalaxyRequirements ? "true" : "false");
        foreach (var folder in request.Vendored)
        {
            Record(writer, "vendored", folder);
        }

        foreach (var rule in request.Rules)
        {
            Record(writer, "rule", rule.Rule, rule.Severity, rule.Enabled, rule.Options, rule.DefinedIn);
        }

        foreach (var file in request.Files)
        {
            Record(writer, "file", file);
        }

        return EndDocument(writer);
    }

    /// <summary>Reads a request; throws <see cref="InvalidDataException"/> when it is not one of this version.</summary>
    public static BuildLintRequest ReadRequest(Stream stream)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var rules = new List<RuleSettingItem>();
        var files = new List<string>();
        var vendored = new List<string>();
        foreach (var record in Records(stream))
        {
            switch (record[0])
            {
                case "vendored":
                    Expect(record, 2);
                    vendored.Add(record[1]);
                    break;
                case "rule":
                    Expect(record, 6);
                    rules.Add(new RuleSettingItem(record[1], record[2], record[3], record[4], record[5]));
                    break;
                case "file":
                    Expect(record, 2);
                    files.Add(record[1]);
                    break;
                default:
                    Expect(record, 2);
                    fields[record[0]] = record[1];
                    break;
            }
        }

        return new BuildLintRequest
        {
            ProjectDirectory = fields.GetValueOrDefault("projectDirectory") is { Length: > 0 } directory
                ? directory
                : throw new InvalidDataException("the request has no projectDirectory"),
            ProjectFile = fields.GetValueOrDefault("projectFile") ?? string.Empty,
            CacheFile = NullIfEmpty(fields.GetValueOrDefault("cacheFile")),
            YamllintConfig = NullIfEmpty(fields.GetValueOrDefault("yamllintConfig")),
            AnsibleLintConfig = NullIfEmpty(fields.GetValueOrDefault("ansibleLintConfig")),
            ConfigDiscovery = fields.GetValueOrDefault("configDiscovery") != "false",
            NoWarn = NullIfEmpty(fields.GetValueOrDefault("noWarn")),
            TreatWarningsAsErrors = fields.GetValueOrDefault("treatWarningsAsErrors") == "true",
            WarningsNotAsErrors = NullIfEmpty(fields.GetValueOrDefault("warningsNotAsErrors")),
            SarifFile = NullIfEmpty(fields.GetValueOrDefault("sarifFile")),
            SarifRoot = NullIfEmpty(fields.GetValueOrDefault("sarifRoot")),
            LintResultsFile = NullIfEmpty(fields.GetValueOrDefault("lintResultsFile")),
            CodeQualityFile = NullIfEmpty(fields.GetValueOrDefault("codeQualityFile")),
            CheckstyleFile = NullIfEmpty(fields.GetValueOrDefault("checkstyleFile")),
            Families = NullIfEmpty(fields.GetValueOrDefault("families")),
            MaxFindingsPerFile = NullIfEmpty(fields.GetValueOrDefault("maxFindingsPerFile")) is { } max ? Number(max) : null,
            ToolVersion = NullIfEmpty(fields.GetValueOrDefault("toolVersion")) ?? "0.0.0",
            Rules = rules,
            Files = files,
            Vendored = vendored,
            VendorGalaxyRequirements = fields.GetValueOrDefault("vendorGalaxyRequirements") != "false",
            VendoredLint = VendoredLintNames.TryParse(fields.GetValueOrDefault("vendoredLint"), out var mode)
                ? mode
                : throw new InvalidDataException("the request's vendoredLint is not none, warning or error"),
        };
    }

    /// <summary>Writes a result.</summary>
    public static void WriteResult(Stream stream, BuildLintResult result)
    {
        var writer = StartDocument(256 + (result.Reported.Count * 160));
        Field(writer, "fileCount", result.FileCount.ToString(CultureInfo.InvariantCulture));
        Field(writer, "lintedFileCount", result.LintedFileCount.ToString(CultureInfo.InvariantCulture));
        foreach (var line in result.Details)
        {
            Record(writer, "detail", line);
        }

        foreach (var d in result.Reported)
        {
            Record(writer, "diagnostic", d.File, d.Line.ToString(CultureInfo.InvariantCulture), d.Column.ToString(CultureInfo.InvariantCulture),
                d.Code, d.Rule, d.Severity.ToName(), d.Message);
        }

        stream.Write(EndDocument(writer));
        stream.Flush();
    }

    /// <summary>Reads a result; throws <see cref="InvalidDataException"/> when it is not one of this version or is cut short.</summary>
    public static BuildLintResult ReadResult(Stream stream)
    {
        int? fileCount = null;
        int? lintedFileCount = null;
        var details = new List<string>();
        var diagnostics = new List<LintDiagnostic>();
        foreach (var record in Records(stream))
        {
            switch (record[0])
            {
                case "fileCount":
                    Expect(record, 2);
                    fileCount = Number(record[1]);
                    break;
                case "lintedFileCount":
                    Expect(record, 2);
                    lintedFileCount = Number(record[1]);
                    break;
                case "detail":
                    Expect(record, 2);
                    details.Add(record[1]);
                    break;
                case "diagnostic":
                    Expect(record, 8);
                    diagnostics.Add(new LintDiagnostic(record[1], Number(record[2]), Number(record[3]), record[4], record[5],
                        SeverityNames.TryParse(record[6], out var severity) ? severity : throw new InvalidDataException($"unknown severity '{record[6]}'"),
                        record[7]));
                    break;
                default:
                    throw new InvalidDataException($"unknown record '{record[0]}'");
            }
        }

        return new BuildLintResult(diagnostics,
            fileCount ?? throw new InvalidDataException("the result has no fileCount"),
            lintedFileCount ?? throw new InvalidDataException("the result has no lintedFileCount"),
            details);
    }

    // The records between the header and the end line, each split into its unescaped fields. The whole document is
    // read and decoded at once: fewer moving parts to load in a cold build process than a reader and an iterator.
    private static List<string[]> Records(Stream stream)
    {
        var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes.GetBuffer(), 0, (int)bytes.Length);
        }
        catch (DecoderFallbackException exception)
        {
            throw new InvalidDataException("not UTF-8 text", exception);
        }

        var header = $"{Header}\t{Version}\n";
        if (!text.StartsWith(header, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"not a build-lint document of protocol version {Version}");
        }

        var records = new List<string[]>();
        var start = header.Length;
        while (true)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                throw new InvalidDataException("the document ends without its end line: the writer stopped half-way");
            }

            var line = text[start..end];
            start = end + 1;
            if (line == "end")
            {
                return records;
            }

            records.Add(Fields(line));
        }
    }

    private static string[] Fields(string line)
    {
        var fields = line.Split('\t');
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = Unescape(fields[i]);
        }

        return fields;
    }

    // The header line, then the records, then the end line: what Records reads back.
    private static StringBuilder StartDocument(int capacity) =>
        new StringBuilder(capacity).Append(Header).Append('\t').Append(Version).Append('\n');

    private static byte[] EndDocument(StringBuilder writer) => Encoding.UTF8.GetBytes(writer.Append("end\n").ToString());

    private static void Field(StringBuilder writer, string name, string? value) => Record(writer, name, value ?? string.Empty);

    private static void Record(StringBuilder writer, string kind, params string[] fields)
    {
        writer.Append(kind);
        foreach (var field in fields)
        {
            writer.Append('\t');
            Escape(writer, field);
        }

        writer.Append('\n');
    }

    private static void Escape(StringBuilder writer, string value)
    {
        if (value.AsSpan().IndexOfAny("\t\n\r\\") < 0)
        {
            writer.Append(value);
            return;
        }

        foreach (var c in value)
        {
            switch (c)
            {
                case '\t': writer.Append("\\t"); break;
                case '\n': writer.Append("\\n"); break;
                case '\r': writer.Append("\\r"); break;
                case '\\': writer.Append("\\\\"); break;
                default: writer.Append(c); break;
            }
        }
    }

    private static string Unescape(string value)
    {
        if (!value.Contains('\\', StringComparison.Ordinal))
        {
            return value;
        }

        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '\\')
            {
                text.Append(value[i]);
                continue;
            }

            text.Append(++i < value.Length ? value[i] switch
            {
                't' => '\t',
                'n' => '\n',
                'r' => '\r',
                '\\' => '\\',
                _ => throw new InvalidDataException($"unknown escape '\\{value[i]}'"),
            } : throw new InvalidDataException("a field ends in a lone backslash"));
        }

        return text.ToString();
    }

    private static void Expect(string[] record, int fields)
    {
        if (record.Length != fields)
        {
            throw new InvalidDataException($"a '{record[0]}' record has {record.Length - 1} fields, not {fields - 1}");
        }
    }

    private static int Number(string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : throw new InvalidDataException($"'{text}' is not a number");

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
