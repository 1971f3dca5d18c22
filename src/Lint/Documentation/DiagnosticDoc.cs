namespace IacTest.Lint.Documentation;

/// <summary>
/// The reference page of a code that is not a rule: a finding of the engine itself (a file that does not parse or
/// cannot be read, an invalid configuration, a file not fully checked) or an error of the SDK's build steps.
/// </summary>
/// <param name="Code">The code, e.g. <c>IAC0001</c>.</param>
/// <param name="Name">The short name printed after the message, e.g. <c>syntax</c>.</param>
/// <param name="Title">One line saying what happened.</param>
/// <param name="ReportedBy">What reports it: the lint engine, or a build step of the SDK.</param>
/// <param name="Severity">Its severity, in words (some codes have more than one, by cause).</param>
/// <param name="Description">When it is reported and what it means (Markdown).</param>
/// <param name="ExampleLanguage">The fence language of <paramref name="Example"/> (<c>yaml</c>, <c>xml</c>, <c>text</c>).</param>
/// <param name="Example">An input that causes it.</param>
/// <param name="Output">What the build or the command prints for <paramref name="Example"/> (for a drift report id, the report's JSON entry).</param>
/// <param name="Fix">How to make it go away (Markdown).</param>
internal sealed record DiagnosticDoc(
    string Code,
    string Name,
    string Title,
    string ReportedBy,
    string Severity,
    string Description,
    string ExampleLanguage,
    string Example,
    string Output,
    string Fix);
