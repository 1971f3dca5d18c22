using System.Text;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Engine;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Build;

/// <summary>
/// The per-file result cache that makes the lint incremental: a file whose size and write time are unchanged
/// since the last build, under the same engine and the same configuration (its own: a folder with configuration of its
/// own is a scope of its own, so a changed nested configuration re-lints only the files under it), and with the files its
/// rules read besides it unchanged (<see cref="Rules.RuleReads"/>: a Service is linted again when a Deployment beside it
/// changes), reuses its findings instead of being re-linted.
/// Stored in a compact binary form: it is read on every build, where a text parser would cost more than the lint
/// of the one file that changed.
/// </summary>
internal sealed class LintCache
{
    // 5: a finding may name another file than the one linted (a rendered overlay's finding at its source).
    private const int FormatVersion = 5;
    private static readonly byte[] Magic = "IACLINT\n"u8.ToArray();
    private readonly Dictionary<string, Entry> _entries;

    private LintCache(string key, Dictionary<string, Entry> entries)
    {
        Key = key;
        _entries = entries;
    }

    /// <summary>Engine identity plus build-wide settings: when it changes, nothing is reused.</summary>
    public string Key { get; }

    /// <summary>How many files the cache holds.</summary>
    public int Count => _entries.Count;

    /// <summary>One file's stamp and findings.</summary>
    /// <param name="Length">The file's size when it was linted.</param>
    /// <param name="LastWriteTicks">The file's last write time (UTC ticks) when it was linted.</param>
    /// <param name="Scope">The fingerprint of the configuration it was linted under (with its files' stamps).</param>
    /// <param name="Diagnostics">Its findings before build settings (NoWarn, TreatWarningsAsErrors) apply.</param>
    public sealed record Entry(long Length, long LastWriteTicks, string Scope, IReadOnlyList<LintDiagnostic> Diagnostics)
    {
        /// <summary>The other files its findings depend on, each with their state when it was linted.</summary>
        public IReadOnlyList<ReadState> Reads { get; init; } = [];
    }

    /// <summary>A folder read of a file with the signature of the files it covered (<see cref="FolderSignatures"/>).</summary>
    /// <param name="Read">The folder and file name endings read.</param>
    /// <param name="Signature">Their names, sizes and write times when the file was linted.</param>
    public sealed record ReadState(FolderRead Read, string Signature);

    /// <summary>Loads the cache; a missing, corrupt or foreign cache is an empty one.</summary>
    public static LintCache Load(string path, string key)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return new LintCache(key, entries);
        }

        try
        {
            // Read whole: a file stream's Length, which every count is checked against, is a system call each time.
            using var stream = new MemoryStream(File.ReadAllBytes(path), writable: false);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != FormatVersion || reader.ReadString() != key)
            {
                return new LintCache(key, entries);
            }

            var scopes = new string[ReadCount(reader)];
            for (var i = 0; i < scopes.Length; i++)
            {
                scopes[i] = reader.ReadString();
            }

            var reads = new ReadState[ReadCount(reader)];
            for (var i = 0; i < reads.Length; i++)
            {
                reads[i] = new ReadState(new FolderRead(reader.ReadString(), reader.ReadString()), reader.ReadString());
            }

            var count = ReadCount(reader);
            for (var i = 0; i < count; i++)
            {
                var file = reader.ReadString();
                var length = reader.ReadInt64();
                var ticks = reader.ReadInt64();
                var scopeIndex = reader.ReadInt32();
                var scope = scopeIndex >= 0 && scopeIndex < scopes.Length ? scopes[scopeIndex] : throw new InvalidDataException("a damaged scope");
                var diagnostics = new LintDiagnostic[ReadCount(reader)];
                for (var d = 0; d < diagnostics.Length; d++)
                {
                    var placedIn = reader.ReadString();
                    diagnostics[d] = new LintDiagnostic(placedIn.Length == 0 ? file : placedIn, reader.ReadInt32(), reader.ReadInt32(), reader.ReadString(), reader.ReadString(),
                        ReadSeverity(reader), reader.ReadString());
                }

                var fileReads = new ReadState[ReadCount(reader)];
                for (var r = 0; r < fileReads.Length; r++)
                {
                    var readIndex = reader.ReadInt32();
                    fileReads[r] = readIndex >= 0 && readIndex < reads.Length ? reads[readIndex] : throw new InvalidDataException("a damaged read");
                }

                entries[file] = new Entry(length, ticks, scope, diagnostics) { Reads = fileReads };
            }

            if (stream.Position != stream.Length)
            {
                entries.Clear();
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException or DecoderFallbackException)
        {
            // Missing, damaged or unreadable: it costs one full lint, never a failed build (EndOfStreamException is an IOException).
            entries.Clear();
        }

        return new LintCache(key, entries);
    }

    // A count can never exceed the bytes left: a damaged one must not allocate gigabytes.
    private static int ReadCount(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        return count >= 0 && count <= reader.BaseStream.Length - reader.BaseStream.Position ? count : throw new InvalidDataException("a damaged count");
    }

    private static Severity ReadSeverity(BinaryReader reader)
    {
        var severity = reader.ReadByte();
        return severity <= (byte)Severity.Error ? (Severity)severity : throw new InvalidDataException("a damaged severity");
    }

    /// <summary>
    /// The cached entry of a file when its stamp, the configuration it is linted under and the files its rules read
    /// (as <paramref name="signatures"/> finds them now) are unchanged.
    /// </summary>
    internal bool TryGet(string path, FileStamp stamp, string scope, FolderSignatures signatures, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Entry? cached)
    {
        if (_entries.TryGetValue(path, out var entry) && stamp.Exists && entry.Length == stamp.Length && entry.LastWriteTicks == stamp.LastWriteTicks
            && string.Equals(entry.Scope, scope, StringComparison.Ordinal)
            && entry.Reads.All(r => string.Equals(r.Signature, signatures.Of(r.Read), StringComparison.Ordinal)))
        {
            cached = entry;
            return true;
        }

        cached = null;
        return false;
    }

    /// <summary>Writes the cache for exactly the given files (removed files drop out).</summary>
    public static void Save(string path, string key, IReadOnlyDictionary<string, Entry> entries)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024))
        using (var writer = new BinaryWriter(stream, Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(key);
            // Each configuration once: most files of a project share one.
            var scopes = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var entry in entries.Values)
            {
                scopes.TryAdd(entry.Scope, scopes.Count);
            }

            writer.Write(scopes.Count);
            foreach (var scope in scopes.Keys)
            {
                writer.Write(scope);
            }

            // Each folder read once: the files of a folder share theirs.
            var reads = new Dictionary<ReadState, int>();
            foreach (var read in entries.Values.SelectMany(e => e.Reads))
            {
                reads.TryAdd(read, reads.Count);
            }

            writer.Write(reads.Count);
            foreach (var read in reads.Keys)
            {
                writer.Write(read.Read.Folder);
                writer.Write(read.Read.Suffixes);
                writer.Write(read.Signature);
            }

            writer.Write(entries.Count);
            foreach (var (file, entry) in entries)
            {
                writer.Write(file);
                writer.Write(entry.Length);
                writer.Write(entry.LastWriteTicks);
                writer.Write(scopes[entry.Scope]);
                writer.Write(entry.Diagnostics.Count);
                foreach (var d in entry.Diagnostics)
                {
                    writer.Write(string.Equals(d.File, file, StringComparison.Ordinal) ? string.Empty : d.File);
                    writer.Write(d.Line);
                    writer.Write(d.Column);
                    writer.Write(d.Code);
                    writer.Write(d.Rule);
                    writer.Write((byte)d.Severity);
                    writer.Write(d.Message);
                }

                writer.Write(entry.Reads.Count);
                foreach (var read in entry.Reads)
                {
                    writer.Write(reads[read]);
                }
            }
        }

        // Replace in one step so a killed build never leaves half a cache.
        File.Move(temporary, path, overwrite: true);
    }
}
