using System.Security.Cryptography;
using System.Text;

namespace IacTest.Harness.Targets;

/// <summary>
/// An OpenSSH <c>known_hosts</c> file, read as <c>ssh</c> reads it (sshd(8), "SSH_KNOWN_HOSTS FILE FORMAT"): host
/// patterns with <c>*</c>, <c>?</c> and <c>!</c>, hashed names (<c>|1|salt|hash</c>, HMAC-SHA1), <c>[host]:port</c>
/// for a port other than 22, and <c>@revoked</c> keys. Certificate authorities (<c>@cert-authority</c>) are not
/// trusted here: a host must be listed with its own key.
/// </summary>
internal sealed class KnownHosts
{
    private readonly IReadOnlyList<Entry> _entries;

    private KnownHosts(IReadOnlyList<Entry> entries) => _entries = entries;

    /// <summary>What the file says about a key a host offered.</summary>
    public enum Verdict
    {
        /// <summary>The host is listed with this key.</summary>
        Trusted,

        /// <summary>The host is not listed at all.</summary>
        Unknown,

        /// <summary>The host is listed, with other keys only: the key changed, or someone is in the middle.</summary>
        Changed,

        /// <summary>The key is marked <c>@revoked</c>.</summary>
        Revoked,
    }

    /// <summary>Reads <paramref name="path"/>; a missing file knows no host.</summary>
    public static KnownHosts Load(string path) => Parse(File.Exists(path) ? File.ReadAllText(path) : "");

    /// <summary>Reads the text of a known_hosts file; lines it cannot read are skipped, as ssh skips them.</summary>
    public static KnownHosts Parse(string text)
    {
        var entries = new List<Entry>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var marker = fields[0].StartsWith('@') ? fields[0] : null;
            var at = marker is null ? 0 : 1;
            if (fields.Length < at + 3 || !TryBase64(fields[at + 2], out var key))
            {
                continue;
            }

            entries.Add(new Entry(marker, fields[at], fields[at + 1], key));
        }

        return new KnownHosts(entries);
    }

    /// <summary>Judges the key (<paramref name="keyType"/>, e.g. <c>ssh-ed25519</c>, and its blob) that <paramref name="host"/>:<paramref name="port"/> offered.</summary>
    public Verdict Judge(string host, int port, string keyType, byte[] key)
    {
        var name = port == 22 ? host : $"[{host}]:{port}";
        var matching = _entries.Where(e => e.Matches(name)).ToList();
        // A revoked key is refused wherever the line stands, as ssh checks revocation before trust.
        if (matching.Any(e => e.Marker == "@revoked" && e.Key.AsSpan().SequenceEqual(key)))
        {
            return Verdict.Revoked;
        }

        var listed = false;
        foreach (var entry in matching.Where(e => e.Marker is null))
        {
            listed = true;
            if (entry.KeyType == keyType && entry.Key.AsSpan().SequenceEqual(key))
            {
                return Verdict.Trusted;
            }
        }

        return listed ? Verdict.Changed : Verdict.Unknown;
    }

    private static bool TryBase64(string text, out byte[] bytes)
    {
        bytes = new byte[text.Length];
        if (Convert.TryFromBase64String(text, bytes, out var written))
        {
            bytes = bytes[..written];
            return true;
        }

        return false;
    }

    private sealed record Entry(string? Marker, string Hosts, string KeyType, byte[] Key)
    {
        public bool Matches(string name)
        {
            if (Hosts.StartsWith("|1|", StringComparison.Ordinal))
            {
                return HashedMatches(Hosts, name);
            }

            // A negated pattern that matches rules the line out, whatever else matches (sshd(8), PATTERNS).
            var matched = false;
            foreach (var pattern in Hosts.Split(','))
            {
                if (pattern.StartsWith('!'))
                {
                    if (Wildcard(pattern[1..], name))
                    {
                        return false;
                    }
                }
                else if (Wildcard(pattern, name))
                {
                    matched = true;
                }
            }

            return matched;
        }

        private static bool HashedMatches(string hashed, string name)
        {
            var parts = hashed.Split('|');
            if (parts.Length != 4 || !TryBase64(parts[2], out var salt) || !TryBase64(parts[3], out var hash))
            {
                return false;
            }

            var actual = HMACSHA1.HashData(salt, Encoding.UTF8.GetBytes(name));
            return CryptographicOperations.FixedTimeEquals(actual, hash);
        }

        private static bool Wildcard(string pattern, string name) =>
            System.IO.Enumeration.FileSystemName.MatchesSimpleExpression(pattern, name, ignoreCase: true);
    }
}
