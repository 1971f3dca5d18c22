namespace IacTest.Harness.Images;

/// <summary>The Debian mirror the Debian image is bootstrapped from: the host's own apt sources.</summary>
internal static class DebianMirror
{
    /// <summary>Fallback when the host has no Debian sources.</summary>
    public const string Default = "http://deb.debian.org/debian";

    /// <summary>
    /// <c>IACTEST_DEBIAN_MIRROR</c>, else the first <c>URIs:</c> of <c>/etc/apt/sources.list.d/debian.sources</c>,
    /// else the first non-security <c>deb</c> line of <c>/etc/apt/sources.list</c>, else <see cref="Default"/>.
    /// </summary>
    public static string Resolve()
    {
        var configured = Environment.GetEnvironmentVariable("IACTEST_DEBIAN_MIRROR");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured.Trim();
        }

        const string deb822 = "/etc/apt/sources.list.d/debian.sources";
        if (File.Exists(deb822))
        {
            foreach (var line in File.ReadLines(deb822))
            {
                if (line.StartsWith("URIs:", StringComparison.Ordinal))
                {
                    var uri = line["URIs:".Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (uri.Length > 0)
                    {
                        return uri[0];
                    }
                }
            }
        }

        const string classic = "/etc/apt/sources.list";
        if (File.Exists(classic))
        {
            foreach (var line in File.ReadLines(classic))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length >= 2 && fields[0] == "deb" && !line.Contains("security", StringComparison.Ordinal))
                {
                    return fields[1];
                }
            }
        }

        return Default;
    }
}
