namespace IacTest.Lint.Build;

/// <summary>How third-party content in a project is linted (<c>IacLintVendored</c>).</summary>
internal enum VendoredLint
{
    /// <summary>Not at all: someone else's code is not the project's to fix.</summary>
    None,

    /// <summary>Linted, with every error reported as a warning: seen, never failing the build.</summary>
    Warning,

    /// <summary>Linted as the project's own files.</summary>
    Error,
}

/// <summary>The words for <see cref="VendoredLint"/> in MSBuild and the request protocol.</summary>
internal static class VendoredLintNames
{
    /// <summary>The word for a mode.</summary>
    public static string ToName(this VendoredLint mode) => mode switch
    {
        VendoredLint.Warning => "warning",
        VendoredLint.Error => "error",
        _ => "none",
    };

    /// <summary>Reads <c>none</c>, <c>warning</c> or <c>error</c> (any case, blank is <c>none</c>).</summary>
    public static bool TryParse(string? text, out VendoredLint mode)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "none" or "false":
                mode = VendoredLint.None;
                return true;
            case "warning" or "warnings":
                mode = VendoredLint.Warning;
                return true;
            case "error" or "true":
                mode = VendoredLint.Error;
                return true;
            default:
                mode = VendoredLint.None;
                return false;
        }
    }
}
