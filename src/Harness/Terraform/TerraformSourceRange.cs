namespace IacTest.Harness.Terraform;

/// <summary>Where a diagnostic points: a file and a 1-based start and end line and column, as Terraform reports them.</summary>
/// <param name="File">The file, mapped from the working copy back to the module the test gave.</param>
/// <param name="Line">1-based start line.</param>
/// <param name="Column">1-based start column.</param>
/// <param name="EndLine">1-based end line.</param>
/// <param name="EndColumn">1-based end column (exclusive).</param>
public sealed record TerraformSourceRange(string File, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>The usual <c>file:line:column</c> form, which editors and CI logs turn into links.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}";
}
