using System.Text.Json;
using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Build;

/// <summary>
/// How the MSBuild task hands a <see cref="BuildLintRequest"/> to the native <c>iactest build-lint</c> and reads back
/// its <see cref="BuildLintResult"/>: one JSON document each way, on standard input and standard output. Both sides
/// ship in the same SDK package; a different <see cref="Version"/> is refused, so the task lints in process instead.
/// </summary>
public static class BuildLintProtocol
{
    /// <summary>The protocol version both sides must speak.</summary>
    public const int Version = 1;

    /// <summary>Writes a request.</summary>
    public static void WriteRequest(Stream stream, BuildLintRequest request)
    {
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteNumber("protocol", Version);
        json.WriteString("projectDirectory", request.ProjectDirectory);
        json.WriteString("projectFile", request.ProjectFile);
        json.WriteString("cacheFile", request.CacheFile);
        json.WriteString("yamllintConfig", request.YamllintConfig);
        json.WriteString("ansibleLintConfig", request.AnsibleLintConfig);
        json.WriteBoolean("configDiscovery", request.ConfigDiscovery);
        json.WriteString("noWarn", request.NoWarn);
        json.WriteBoolean("treatWarningsAsErrors", request.TreatWarningsAsErrors);
        json.WriteString("warningsNotAsErrors", request.WarningsNotAsErrors);
        json.WriteString("sarifFile", request.SarifFile);
        json.WriteString("families", request.Families);
        json.WriteString("toolVersion", request.ToolVersion);
        json.WriteStartArray("rules");
        foreach (var rule in request.Rules)
        {
            json.WriteStartArray();
            json.WriteStringValue(rule.Rule);
            json.WriteStringValue(rule.Severity);
            json.WriteStringValue(rule.Enabled);
            json.WriteStringValue(rule.Options);
            json.WriteStringValue(rule.DefinedIn);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteStartArray("files");
        foreach (var file in request.Files)
        {
            json.WriteStringValue(file);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Reads a request; throws <see cref="InvalidDataException"/> when it is not one of this version.</summary>
    public static BuildLintRequest ReadRequest(Stream stream) => Read(stream, root => new BuildLintRequest
        {
            ProjectDirectory = String(root, "projectDirectory") ?? throw new InvalidDataException("the request has no projectDirectory"),
            ProjectFile = String(root, "projectFile") ?? string.Empty,
            CacheFile = String(root, "cacheFile"),
            YamllintConfig = String(root, "yamllintConfig"),
            AnsibleLintConfig = String(root, "ansibleLintConfig"),
            ConfigDiscovery = Boolean(root, "configDiscovery", true),
            NoWarn = String(root, "noWarn"),
            TreatWarningsAsErrors = Boolean(root, "treatWarningsAsErrors", false),
            WarningsNotAsErrors = String(root, "warningsNotAsErrors"),
            SarifFile = String(root, "sarifFile"),
            Families = String(root, "families"),
            ToolVersion = String(root, "toolVersion") ?? "0.0.0",
            Rules = Array(root, "rules").Select(r => new RuleSettingItem(
                r[0].GetString() ?? string.Empty, r[1].GetString() ?? string.Empty, r[2].GetString() ?? string.Empty,
                r[3].GetString() ?? string.Empty, r[4].GetString() ?? string.Empty)).ToList(),
            Files = Array(root, "files").Select(f => f.GetString() ?? string.Empty).ToList(),
        });

    /// <summary>Writes a result.</summary>
    public static void WriteResult(Stream stream, BuildLintResult result)
    {
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteNumber("protocol", Version);
        json.WriteNumber("fileCount", result.FileCount);
        json.WriteNumber("lintedFileCount", result.LintedFileCount);
        json.WriteStartArray("details");
        foreach (var line in result.Details)
        {
            json.WriteStringValue(line);
        }

        json.WriteEndArray();
        json.WriteStartArray("diagnostics");
        foreach (var d in result.Reported)
        {
            json.WriteStartArray();
            json.WriteStringValue(d.File);
            json.WriteNumberValue(d.Line);
            json.WriteNumberValue(d.Column);
            json.WriteStringValue(d.Code);
            json.WriteStringValue(d.Rule);
            json.WriteStringValue(d.Severity.ToName());
            json.WriteStringValue(d.Message);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Reads a result; throws <see cref="InvalidDataException"/> when it is not one of this version.</summary>
    public static BuildLintResult ReadResult(Stream stream) => Read(stream, root => new BuildLintResult(
        Array(root, "diagnostics").Select(d => new LintDiagnostic(
            d[0].GetString() ?? string.Empty, d[1].GetInt32(), d[2].GetInt32(), d[3].GetString() ?? string.Empty,
            d[4].GetString() ?? string.Empty,
            SeverityNames.TryParse(d[5].GetString(), out var severity) ? severity : throw new InvalidDataException($"unknown severity '{d[5]}'"),
            d[6].GetString() ?? string.Empty)).ToList(),
        Number(root, "fileCount"),
        Number(root, "lintedFileCount"),
        Array(root, "details").Select(l => l.GetString() ?? string.Empty).ToList()));

    private static T Read<T>(Stream stream, Func<JsonElement, T> read)
    {
        using var document = Parse(stream);
        try
        {
            return read(document.RootElement);
        }
        catch (Exception exception) when (exception is InvalidOperationException or IndexOutOfRangeException or FormatException)
        {
            // A value of the wrong JSON type or an array too short.
            throw new InvalidDataException($"a malformed build-lint document: {exception.Message}", exception);
        }
    }

    private static JsonDocument Parse(Stream stream)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"not a build-lint document: {exception.Message}", exception);
        }

        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("protocol", out var version)
            || version.ValueKind != JsonValueKind.Number || version.GetInt32() != Version)
        {
            document.Dispose();
            throw new InvalidDataException($"not a build-lint document of protocol version {Version}");
        }

        return document;
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool Boolean(JsonElement root, string name, bool fallback) =>
        root.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : fallback;

    private static int Number(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : throw new InvalidDataException($"the document has no {name}");

    private static IEnumerable<JsonElement> Array(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [];
}
