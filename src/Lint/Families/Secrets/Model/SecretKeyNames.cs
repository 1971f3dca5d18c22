
namespace IacTest.Lint.Families.Secrets.Model;

/// <summary>
/// Whether a key names a secret, decided on the key's words — <c>GF_SECURITY_ADMIN_PASSWORD</c>, <c>adminPassword</c>,
/// <c>admin-password</c> and <c>db.admin.password</c> all read as "… password" — so that a word's letters inside
/// another word (<c>uri</c> in <c>SECURITY</c>, <c>key</c> in <c>monkey</c>) decide nothing.
/// </summary>
internal static class SecretKeyNames
{
    // The last word names what the value is: these make it a secret.
    private static readonly HashSet<string> SecretNouns = new(StringComparer.Ordinal)
    {
        "password", "passwd", "passphrase", "pwd", "secret", "token", "credential", "credentials", "creds",
        "apikey", "privatekey", "accesskey", "secretkey", "contrasena", "contraseña",
    };

    // "<word> key" and "<word> pass" pairs that name a secret (detect-secrets' keyword list has the same pairs).
    private static readonly HashSet<string> KeyQualifiers = new(StringComparer.Ordinal)
    {
        "api", "private", "priv", "access", "secret", "auth", "service", "account", "client", "db", "database",
    };

    // db/database/key from detect-secrets; become/ssh/sudo for Ansible's connection variables (ansible_become_pass).
    private static readonly HashSet<string> PassQualifiers = new(StringComparer.Ordinal) { "db", "database", "key", "become", "ssh", "sudo" };

    // Words that make the key describe a secret (where it is, how long, whether it is required) rather than hold it.
    private static readonly HashSet<string> Describing = new(StringComparer.Ordinal)
    {
        "existing", "allow", "empty", "random", "skip", "disable", "disabled", "enable", "enabled", "require", "required",
        "generate", "generated", "rotate", "rotation", "expire", "expiry", "expires", "expiration", "min", "max",
        "length", "policy", "id", "type", "mode", "hint", "prompt", "label", "public", "field", "header", "param",
        "format", "provider", "lookup", "ref", "file", "path", "url", "uri", "name", "count", "size", "ttl", "timeout",
        "algorithm", "usage", "endpoint", "keyring",
    };

    // Words under which a value may be a secret, checked for high entropy only.
    private static readonly HashSet<string> MaybeSecret = new(StringComparer.Ordinal)
    {
        "key", "keys", "auth", "credential", "signature", "salt", "seed", "cookie", "session", "hmac", "pass",
    };

    /// <summary>The lower-case words of a key: split at <c>_</c>, <c>-</c>, <c>.</c>, spaces and camelCase humps.</summary>
    public static IReadOnlyList<string> Words(string key)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= key.Length; i++)
        {
            var boundary = i == key.Length || !char.IsLetterOrDigit(key[i]);
            var hump = !boundary && start >= 0 && i > start && IsHump(key, i);
            if ((boundary || hump) && start >= 0)
            {
                words.Add(key[start..i].ToLowerInvariant());
                start = -1;
            }

            if (!boundary && start < 0)
            {
                start = i;
            }
        }

        return words;
    }

    /// <summary>Whether a key names a secret outright (<c>password</c>, <c>DB_SECRET</c>, <c>apiToken</c>, <c>api-key</c>).</summary>
    public static bool IsSecret(string key)
    {
        var words = Words(key);
        if (words.Count == 0 || words.Any(Describing.Contains))
        {
            return false;
        }

        var last = words[^1];
        if (SecretNouns.Contains(last))
        {
            return true;
        }

        var previous = words.Count > 1 ? words[^2] : string.Empty;
        return (last == "key" && KeyQualifiers.Contains(previous)) || (last == "pass" && PassQualifiers.Contains(previous));
    }

    /// <summary>Whether a key may hold a secret (<c>signing_key</c>, <c>auth</c>, <c>session_cookie</c>): checked for high entropy only.</summary>
    public static bool MayBeSecret(string key)
    {
        var words = Words(key);
        return !IsSecret(key) && !words.Any(Describing.Contains) && words.Any(MaybeSecret.Contains);
    }

    private static bool IsHump(string key, int i)
    {
        var c = key[i];
        var before = key[i - 1];

        // camelCase: "adminPassword" → admin|Password; acronyms: "DBPassword" → DB|Password; "OAuth2Token" → O|Auth2|Token.
        if (char.IsUpper(c) && (char.IsLower(before) || char.IsDigit(before)))
        {
            return true;
        }

        return char.IsUpper(c) && char.IsUpper(before) && i + 1 < key.Length && char.IsLower(key[i + 1]);
    }
}
