using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Families.Kubernetes.Kustomize;

/// <summary>Why an overlay could not be rendered, or what of it was not, at the line and column of the entry at fault.</summary>
/// <param name="File">The kustomization (or other file) the problem is in.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Severity">An error when the overlay does not render; a warning for a part that is not rendered (a Helm chart).</param>
/// <param name="Message">What is wrong, in words that name the entry.</param>
public sealed record KustomizeProblem(string File, int Line, int Column, Severity Severity, string Message)
{
    /// <summary>Whether the problem is a local path of the kustomization that does not exist (what <c>kustomization-resources</c> reports on its own).</summary>
    internal bool IsMissingPath { get; init; }
}
