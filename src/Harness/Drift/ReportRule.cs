namespace IacTest.Harness.Drift;

/// <summary>A rule of the drift report.</summary>
/// <param name="Id">The stable id (<c>DRIFT001</c>).</param>
/// <param name="Name">The short name (<c>configuration-drift</c>).</param>
/// <param name="Kind">The entries it stands for.</param>
/// <param name="Level">The SARIF level (<c>error</c> or <c>warning</c>).</param>
/// <param name="Title">One line.</param>
/// <param name="Description">What it means.</param>
public sealed record ReportRule(string Id, string Name, ReportEntryKind Kind, string Level, string Title, string Description);
