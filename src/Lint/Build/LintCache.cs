using System.Text.Json;
using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Build;

/// <summary>
/// The per-file result cache that makes the lint incremental: a file whose size and write time are unchanged
/// since the last build, under the same configuration and engine, reuses its findings instead of being re-linted.
/// </summary>
public sealed class LintCache
{
    private const int FormatVersion = 1;
    private readonly Dictionary<string, Entry> _entries;

    private LintCache(string key, Dictionary<string, Entry> entries)
    {
        Key = key;
        _entries = entries;
    }

    /// <summary>Engine identity plus configuration fingerprint: when it changes, nothing is reused.</summary>
    public string Key { get; }

    /// <summary>One file's stamp and findings.</summary>
    /// <param name="Length">The file's size when it was linted.</param>
    /// <param name="LastWriteTicks">The file's last write time (UTC ticks) when it was linted.</param>
    /// <param name="Diagnostics">Its findings before build settings (NoWarn, TreatWarningsAsErrors) apply.</param>
    public sealed record Entry(long Length, long LastWriteTicks, IReadOnlyList<LintDiagnostic> Diagnostics);

    /// <summary>Loads the cache; a missing, corrupt or foreign cache is an empty one.</summary>
    public static LintCache Load(string path, string key)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        try
        {
            if (File.Exists(path))
            {
                using var document = JsonDocument.Parse(File.ReadAllBytes(path));
                var root = document.RootElement;
                if (root.GetProperty("format").GetInt32() == FormatVersion && root.GetProperty("key").GetString() == key)
                {
                    foreach (var file in root.GetProperty("files").EnumerateObject())
                    {
                        entries[file.Name] = ReadEntry(file.Name, file.Value);
                    }
                }
            }
        }
        catch (Exception exception) when (exception is JsonException or IOException or KeyNotFoundException or InvalidOperationException or UnauthorizedAccessException)
        {
            // A damaged cache costs one full lint, never a failed build.
            entries.Clear();
        }

        return new LintCache(key, entries);
    }

    /// <summary>The cached findings of a file when its stamp is unchanged.</summary>
    public bool TryGet(string path, FileInfo info, out IReadOnlyList<LintDiagnostic> diagnostics)
    {
        if (_entries.TryGetValue(path, out var entry) && info.Exists && entry.Length == info.Length && entry.LastWriteTicks == info.LastWriteTimeUtc.Ticks)
        {
            diagnostics = entry.Diagnostics;
            return true;
        }

        diagnostics = [];
        return false;
    }

    /// <summary>Writes the cache for exactly the given files (removed files drop out).</summary>
    public static void Save(string path, string key, IReadOnlyDictionary<string, Entry> entries)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary))
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteNumber("format", FormatVersion);
            json.WriteString("key", key);
            json.WriteStartObject("files");
            foreach (var (file, entry) in entries)
            {
                json.WriteStartObject(file);
                json.WriteNumber("length", entry.Length);
                json.WriteNumber("ticks", entry.LastWriteTicks);
                json.WriteStartArray("diagnostics");
                foreach (var d in entry.Diagnostics)
                {
                    json.WriteStartArray();
                    json.WriteNumberValue(d.Line);
                    json.WriteNumberValue(d.Column);
                    json.WriteStringValue(d.Code);
                    json.WriteStringValue(d.Rule);
                    json.WriteNumberValue((int)d.Severity);
                    json.WriteStringValue(d.Message);
                    json.WriteEndArray();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        // Replace in one step so a killed build never leaves half a cache.
        File.Move(temporary, path, overwrite: true);
    }

    private static Entry ReadEntry(string file, JsonElement element)
    {
        var diagnostics = new List<LintDiagnostic>();
        foreach (var d in element.GetProperty("diagnostics").EnumerateArray())
        {
            diagnostics.Add(new LintDiagnostic(file, d[0].GetInt32(), d[1].GetInt32(), d[2].GetString()!, d[3].GetString()!, (Severity)d[4].GetInt32(), d[5].GetString()!));
        }

        return new Entry(element.GetProperty("length").GetInt64(), element.GetProperty("ticks").GetInt64(), diagnostics);
    }
}
