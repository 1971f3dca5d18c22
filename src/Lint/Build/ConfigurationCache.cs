using System.Text;
using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Engine;

namespace IacTest.Lint.Build;

/// <summary>
/// The configuration a build resolved, kept for the next build: what each folder holds (<see cref="FolderProbes"/>) and,
/// for each configuration scope, its fingerprint, problems and exclusions with the state of every path its loading
/// looked at (<see cref="ConfigurationProbes"/>). While those paths and the build's own settings are unchanged, a build
/// reuses it instead of finding, reading and parsing configuration files again; the configuration itself is loaded
/// only for a scope that has files to lint. Stored beside the lint cache in a compact binary form, as the lint cache is.
/// </summary>
internal sealed class ConfigurationCache
{
    private const int FormatVersion = 2;
    private static readonly byte[] Magic = "IACCONF\n"u8.ToArray();

    /// <summary>One scope as a build resolved it.</summary>
    /// <param name="Directory">The folder it configures.</param>
    /// <param name="Fingerprint">The fingerprint its files' cache entries are keyed by.</param>
    /// <param name="Problems">Errors in its configuration files.</param>
    /// <param name="SettingProblems">Errors in the build's own settings, found while applying them to it.</param>
    /// <param name="Ignore">Its exclusions (ansible-lint's <c>exclude_paths</c>): pattern and base folder.</param>
    /// <param name="Probes">Every path its loading looked at, with its stamp then.</param>
    public sealed record Scope(string Directory, string Fingerprint, IReadOnlyList<LintDiagnostic> Problems, IReadOnlyList<LintDiagnostic> SettingProblems,
        IReadOnlyList<(string Pattern, string BaseDirectory)> Ignore, IReadOnlyDictionary<string, string> Probes)
    {
        /// <summary>Whether every path its loading looked at is as it was.</summary>
        public bool IsCurrent() => Probes.All(p => string.Equals(ConfigurationProbes.Stamp(p.Key), p.Value, StringComparison.Ordinal));
    }

    /// <summary>Creates a cache.</summary>
    public ConfigurationCache(IReadOnlyDictionary<string, FolderProbes.Probe> folders, IReadOnlyDictionary<ConfigurationScopes.Key, Scope> scopes)
    {
        Folders = folders;
        Scopes = scopes;
    }

    /// <summary>What each folder held.</summary>
    public IReadOnlyDictionary<string, FolderProbes.Probe> Folders { get; }

    /// <summary>Each scope, by the configuration files that make it.</summary>
    public IReadOnlyDictionary<ConfigurationScopes.Key, Scope> Scopes { get; }

    /// <summary>The path of the configuration cache that goes with a lint cache file.</summary>
    public static string PathFor(string lintCacheFile) => Path.ChangeExtension(lintCacheFile, ".configuration.bin");

    /// <summary>Loads the cache written for the same engine and build settings; null when there is none (or it is damaged).</summary>
    public static ConfigurationCache? Load(string path, string key)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != FormatVersion || reader.ReadString() != key)
            {
                return null;
            }

            var folders = new Dictionary<string, FolderProbes.Probe>(StringComparer.Ordinal);
            for (var count = ReadCount(reader); count > 0; count--)
            {
                folders[reader.ReadString()] = new FolderProbes.Probe(reader.ReadInt64(), reader.ReadInt64(), reader.ReadBoolean(), NullIfEmpty(reader.ReadString()), NullIfEmpty(reader.ReadString()));
            }

            var scopes = new Dictionary<ConfigurationScopes.Key, Scope>();
            for (var count = ReadCount(reader); count > 0; count--)
            {
                var scopeKey = new ConfigurationScopes.Key(NullIfEmpty(reader.ReadString()), NullIfEmpty(reader.ReadString()), NullIfEmpty(reader.ReadString()));
                var directory = reader.ReadString();
                var fingerprint = reader.ReadString();
                var problems = ReadDiagnostics(reader);
                var settingProblems = ReadDiagnostics(reader);
                var ignore = new (string, string)[ReadCount(reader)];
                for (var i = 0; i < ignore.Length; i++)
                {
                    ignore[i] = (reader.ReadString(), reader.ReadString());
                }

                var probes = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var probeCount = ReadCount(reader); probeCount > 0; probeCount--)
                {
                    probes[reader.ReadString()] = reader.ReadString();
                }

                scopes[scopeKey] = new Scope(directory, fingerprint, problems, settingProblems, ignore, probes);
            }

            return reader.BaseStream.Position == reader.BaseStream.Length ? new ConfigurationCache(folders, scopes) : null;
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or DecoderFallbackException)
        {
            // Damaged: it costs one configuration load, never a failed build (EndOfStreamException is an IOException).
            return null;
        }
    }

    /// <summary>Writes the cache, replacing the file in one step.</summary>
    public void Save(string path, string key)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024))
        using (var writer = new BinaryWriter(stream, Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(key);
            writer.Write(Folders.Count);
            foreach (var (folder, probe) in Folders)
            {
                writer.Write(folder);
                writer.Write(probe.WriteTicks);
                writer.Write(probe.ConfigWriteTicks);
                writer.Write(probe.HasYamllint);
                writer.Write(probe.AnsibleLint ?? string.Empty);
                writer.Write(probe.KubeLinter ?? string.Empty);
            }

            writer.Write(Scopes.Count);
            foreach (var (scopeKey, scope) in Scopes)
            {
                writer.Write(scopeKey.Yamllint ?? string.Empty);
                writer.Write(scopeKey.AnsibleLint ?? string.Empty);
                writer.Write(scopeKey.KubeLinter ?? string.Empty);
                writer.Write(scope.Directory);
                writer.Write(scope.Fingerprint);
                WriteDiagnostics(writer, scope.Problems);
                WriteDiagnostics(writer, scope.SettingProblems);
                writer.Write(scope.Ignore.Count);
                foreach (var (pattern, baseDirectory) in scope.Ignore)
                {
                    writer.Write(pattern);
                    writer.Write(baseDirectory);
                }

                writer.Write(scope.Probes.Count);
                foreach (var (probePath, stamp) in scope.Probes)
                {
                    writer.Write(probePath);
                    writer.Write(stamp);
                }
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    private static LintDiagnostic[] ReadDiagnostics(BinaryReader reader)
    {
        var diagnostics = new LintDiagnostic[ReadCount(reader)];
        for (var i = 0; i < diagnostics.Length; i++)
        {
            var file = reader.ReadString();
            var line = reader.ReadInt32();
            var column = reader.ReadInt32();
            var code = reader.ReadString();
            var rule = reader.ReadString();
            var severity = reader.ReadByte();
            diagnostics[i] = new LintDiagnostic(file, line, column, code, rule,
                severity <= (byte)Severity.Error ? (Severity)severity : throw new InvalidDataException("a damaged severity"), reader.ReadString());
        }

        return diagnostics;
    }

    private static void WriteDiagnostics(BinaryWriter writer, IReadOnlyList<LintDiagnostic> diagnostics)
    {
        writer.Write(diagnostics.Count);
        foreach (var d in diagnostics)
        {
            writer.Write(d.File);
            writer.Write(d.Line);
            writer.Write(d.Column);
            writer.Write(d.Code);
            writer.Write(d.Rule);
            writer.Write((byte)d.Severity);
            writer.Write(d.Message);
        }
    }

    // A count can never exceed the bytes left: a damaged one must not allocate gigabytes.
    private static int ReadCount(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        return count >= 0 && count <= reader.BaseStream.Length - reader.BaseStream.Position ? count : throw new InvalidDataException("a damaged count");
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
