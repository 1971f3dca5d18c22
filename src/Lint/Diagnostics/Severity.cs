namespace IacTest.Lint.Diagnostics;

/// <summary>How serious a finding is. Maps to MSBuild messages, warnings and errors.</summary>
public enum Severity
{
    /// <summary>Informational; never fails a build.</summary>
    Info = 0,

    /// <summary>A warning; fails the build only when warnings are treated as errors.</summary>
    Warning = 1,

    /// <summary>An error; fails the build.</summary>
    Error = 2,
}
