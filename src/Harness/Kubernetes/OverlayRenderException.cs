using System.Text;
using IacTest.Lint.Families.Kubernetes.Kustomize;

namespace IacTest.Harness.Kubernetes;

/// <summary>A Kustomize overlay did not render; the message lists every problem at its file, line and column.</summary>
public sealed class OverlayRenderException : Exception
{
    /// <summary>Creates the exception for a rendering that failed.</summary>
    public OverlayRenderException(KustomizeRender render)
        : base(Describe(render))
    {
        Problems = render.Problems;
    }

    /// <summary>Why it did not render, each at its entry.</summary>
    public IReadOnlyList<KustomizeProblem> Problems { get; }

    private static string Describe(KustomizeRender render)
    {
        var text = new StringBuilder($"The overlay {render.Folder} did not render ({render.Renderer}):");
        foreach (var problem in render.Problems)
        {
            text.Append('\n').Append($"{problem.File}({problem.Line},{problem.Column}): {problem.Severity.ToString().ToLowerInvariant()}: {problem.Message}");
        }

        return text.ToString();
    }
}
