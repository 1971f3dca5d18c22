namespace IacTest.Lint.Diagnostics;

/// <summary>Parses and prints severities with the names the reference tools use.</summary>
public static class SeverityNames
{
    /// <summary>Lower-case name: <c>info</c>, <c>warning</c> or <c>error</c>.</summary>
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Info => "info",
        Severity.Warning => "warning",
        _ => "error",
    };

    /// <summary>Parses <c>info</c>, <c>warning</c> or <c>error</c> (case-insensitive).</summary>
    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "info" or "message" or "note":
                severity = Severity.Info;
                return true;
            case "warning" or "warn":
                severity = Severity.Warning;
                return true;
            case "error":
                severity = Severity.Error;
                return true;
            default:
                severity = Severity.Error;
                return false;
        }
    }
}
