namespace IacTest.Lint.Reporting;

/// <summary>The output formats of a lint run.</summary>
public enum ReportFormat
{
    /// <summary>MSBuild/compiler canonical lines: <c>path(line,col): error IAC0122: message (rule)</c>.</summary>
    Text,

    /// <summary>One JSON array of findings.</summary>
    Json,

    /// <summary>SARIF 2.1.0, for code scanning.</summary>
    Sarif,

    /// <summary>yamllint's parsable form: <c>file:line:col: [level] message (rule)</c>.</summary>
    Parsable,

    /// <summary>GitLab's Code Quality report (a JSON array of issues), for the merge request widget.</summary>
    GitLab,

    /// <summary>Checkstyle XML, which Jenkins' warnings-ng and most CI dashboards read.</summary>
    Checkstyle,
}
