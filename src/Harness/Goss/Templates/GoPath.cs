namespace IacTest.Harness.Goss.Templates;

/// <summary>Go's <c>path</c> package (slash-separated paths, whatever the system), which Sprig's path functions call.</summary>
internal static class GoPath
{
    /// <summary>path.Clean: the shortest equivalent path (no <c>.</c>, resolved <c>..</c>, single slashes); "" is ".".</summary>
    public static string Clean(string path)
    {
        if (path.Length == 0)
        {
            return ".";
        }

        var rooted = path[0] == '/';
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count > 0 && parts[^1] != "..")
                {
                    parts.RemoveAt(parts.Count - 1);
                }
                else if (!rooted)
                {
                    parts.Add(part);
                }

                continue;
            }

            parts.Add(part);
        }

        var joined = string.Join('/', parts);
        return rooted ? "/" + joined : joined.Length == 0 ? "." : joined;
    }

    /// <summary>path.Base: the last element, trailing slashes removed; "" is ".", only slashes is "/".</summary>
    public static string Base(string path)
    {
        if (path.Length == 0)
        {
            return ".";
        }

        path = path.TrimEnd('/');
        if (path.Length == 0)
        {
            return "/";
        }

        return path[(path.LastIndexOf('/') + 1)..];
    }

    /// <summary>path.Dir: everything but the last element, cleaned.</summary>
    public static string Dir(string path) => Clean(path[..(path.LastIndexOf('/') + 1)]);

    /// <summary>path.Ext: the suffix from the last dot of the last element, or "".</summary>
    public static string Ext(string path)
    {
        for (var i = path.Length - 1; i >= 0 && path[i] != '/'; i--)
        {
            if (path[i] == '.')
            {
                return path[i..];
            }
        }

        return "";
    }
}
