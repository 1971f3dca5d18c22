namespace IacTest.Lint.Build;

/// <summary>
/// One per-rule setting of the build, as an <c>IacLintRule</c> item gives it:
/// <c>&lt;IacLintRule Include="line-length" Severity="warning" Options="max=120" /&gt;</c>. Values are kept as written;
/// <see cref="RuleSettingOverrides"/> checks them.
/// </summary>
/// <param name="Rule">The rule's name or code, e.g. <c>line-length</c> or <c>IAC0117</c>.</param>
/// <param name="Severity">error, warning, info, none or off; empty when not set.</param>
/// <param name="Enabled">true or false; empty when not set.</param>
/// <param name="Options"><c>name=value</c> pairs separated by semicolons; empty when not set.</param>
/// <param name="DefinedIn">The project file that declared the item: where a mistake in it is reported.</param>
internal sealed record RuleSettingItem(string Rule, string Severity, string Enabled, string Options, string DefinedIn);
