using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Families.Kubernetes.Kustomize.Builtin;

namespace IacTest.Lint.Families.Kubernetes.Kustomize;

/// <summary>
/// Renders a Kustomize folder as Argo CD and Flux render it: with the real Kustomize of <c>kubectl kustomize</c>
/// (kubectl 1.32 carries Kustomize 5.5), so the objects are exactly those a cluster would receive. The overlay is built
/// through a wrapper kustomization in a temporary folder that adds <c>buildMetadata: [originAnnotations,
/// transformerAnnotations]</c>, which records where each object and each change came from; those annotations are then
/// taken out again, leaving the output of <c>kubectl kustomize &lt;folder&gt;</c> byte for byte.
/// Before running anything the overlay is walked: a missing base, a folder without a kustomization, a cycle or a Helm
/// chart that cannot be rendered here is reported at its entry, never as Kustomize's one-line error.
/// </summary>
public static class KustomizeRenderer
{
    /// <summary>The name of the renderer used when <c>kubectl</c> runs.</summary>
    public const string KubectlRenderer = "kubectl kustomize";

    private static readonly Regex PatchTarget = new("no resource matches strategic merge patch \"(?<kind>[^.\"]+)\\.[^/\"]*/(?<name>[^.\"]+)", RegexOptions.CultureInvariant);

    /// <summary>Whether <paramref name="folder"/> holds a kustomization file (so Kustomize, Argo CD and Flux would render it).</summary>
    public static bool IsKustomization(string folder) => KustomizationTree.KustomizationFileOf(folder) is not null;

    /// <summary>The <c>kubectl</c> that renders (<c>IACTEST_KUBECTL</c>, then the <c>PATH</c>), or null when there is none.</summary>
    public static string? FindKubectl(KustomizeOptions? options = null)
    {
        if (options?.KubectlPath is { } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        if (Environment.GetEnvironmentVariable("IACTEST_KUBECTL") is { Length: > 0 } fromEnvironment)
        {
            return File.Exists(fromEnvironment) ? fromEnvironment : null;
        }

        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, OperatingSystem.IsWindows() ? "kubectl.exe" : "kubectl");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Renders the kustomization in <paramref name="folder"/>.</summary>
    /// <param name="folder">A folder with a <c>kustomization.yaml</c>, <c>kustomization.yml</c> or <c>Kustomization</c>.</param>
    /// <param name="options">Which kubectl and helm; <see cref="KustomizeOptions.Default"/> when null.</param>
    public static KustomizeRender Render(string folder, KustomizeOptions? options = null)
    {
        options ??= KustomizeOptions.Default;
        var full = Path.GetFullPath(folder);
        var tree = KustomizationTree.Walk(full, options.HelmCommand);
        var kustomizationFile = KustomizationTree.KustomizationFileOf(full) ?? Path.Combine(full, KustomizationTree.FileNames[0]);
        var problems = tree.Problems.ToList();
        string? builtinReason = null;
        if (!tree.HasErrors && !tree.HasUnrenderedCharts && !options.AlwaysKubectl)
        {
            // The built-in renderer's output is kubectl's byte for byte on the features it knows (a corpus test holds
            // it to that); it spares a process per overlay, which was most of the time of a repository with many.
            if (BuiltinKustomizeRenderer.TryRender(full, out builtinReason) is { } builtin)
            {
                return new KustomizeRender(full, kustomizationFile, BuiltinKustomizeRenderer.Name)
                {
                    Rendered = true,
                    Yaml = builtin.Yaml,
                    Origins = builtin.Resources.Select(r => new KustomizeOrigin(r.Path, r.GeneratedIn, r.Generator, r.TransformedIn.ToList())).ToList(),
                    Problems = problems,
                    FilesRead = tree.FilesRead,
                    KustomizationFolders = tree.Folders,
                    Patches = tree.Patches,
                    Kustomizations = tree.Kustomizations,
                };
            }
        }

        var kubectl = FindKubectl(options);
        if (tree.HasErrors || tree.HasUnrenderedCharts || kubectl is null)
        {
            if (kubectl is null && !tree.HasErrors && !tree.HasUnrenderedCharts)
            {
                problems.Add(new KustomizeProblem(kustomizationFile, 1, 1, Severity.Warning,
                    $"the overlay is not rendered: it uses {builtinReason ?? "a feature"}, which only Kustomize renders, and kubectl (which carries Kustomize) is not installed, so its rendered objects are not checked; install kubectl or set IACTEST_KUBECTL"));
            }

            return Unrendered(full, kustomizationFile, kubectl is null ? "none" : KubectlRenderer, tree, problems);
        }

        var wrapper = Path.Combine(Path.GetTempPath(), "iactest-kustomize-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(wrapper);
            // Kustomize accepts only relative paths to other roots, so the wrapper names the overlay relative to itself.
            var relative = Path.GetRelativePath(wrapper, full).Replace('\\', '/');
            File.WriteAllText(Path.Combine(wrapper, "kustomization.yaml"),
                $"resources:\n  - \"{relative}\"\nbuildMetadata: [originAnnotations, transformerAnnotations]\n");
            var (exitCode, output, error) = Run(kubectl, wrapper, options);
            if (exitCode != 0)
            {
                problems.Add(Failure(error, wrapper, tree, kustomizationFile));
                return Unrendered(full, kustomizationFile, KubectlRenderer, tree, problems);
            }

            return new KustomizeRender(full, kustomizationFile, KubectlRenderer)
            {
                Rendered = true,
                Yaml = KustomizeOutput.WithoutBuildMetadata(output),
                Origins = KustomizeOutput.Origins(output, wrapper),
                Problems = problems,
                FilesRead = tree.FilesRead,
                KustomizationFolders = tree.Folders,
                Patches = tree.Patches,
                Kustomizations = tree.Kustomizations,
            };
        }
        finally
        {
            TryDelete(wrapper);
        }
    }

    private static KustomizeRender Unrendered(string folder, string kustomizationFile, string renderer, KustomizationTree tree, List<KustomizeProblem> problems) =>
        new(folder, kustomizationFile, renderer)
        {
            Problems = problems,
            FilesRead = tree.FilesRead,
            KustomizationFolders = tree.Folders,
            Patches = tree.Patches,
            Kustomizations = tree.Kustomizations,
        };

    private static (int ExitCode, string Output, string Error) Run(string kubectl, string wrapper, KustomizeOptions options)
    {
        var start = new ProcessStartInfo(kubectl)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("kustomize");
        if (options.HelmCommand is { } helm)
        {
            start.ArgumentList.Add("--enable-helm");
            start.ArgumentList.Add("--helm-command");
            start.ArgumentList.Add(helm);
        }

        start.ArgumentList.Add(wrapper);
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(options.Timeout))
            {
                process.Kill(entireProcessTree: true);
                return (-1, string.Empty, $"kubectl kustomize did not finish within {options.Timeout.TotalSeconds:0} seconds");
            }

            return (process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or IOException or InvalidOperationException)
        {
            return (-1, string.Empty, "kubectl could not be started");
        }
    }

    // Kustomize's error is one line of nested causes with the wrapper's paths; it is cut to its last cause, its paths
    // made relative to the overlay, and placed at the patch or entry it names when it names one.
    private static KustomizeProblem Failure(string error, string wrapper, KustomizationTree tree, string kustomizationFile)
    {
        var message = error.Trim();
        var quoted = message.IndexOf("err=\"", StringComparison.Ordinal);
        if (quoted >= 0)
        {
            message = message[(quoted + 5)..].TrimEnd('"').Replace("\\\"", "\"", StringComparison.Ordinal);
        }

        message = message.Replace(wrapper + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);
        if (PatchTarget.Match(message) is { Success: true } match)
        {
            var kind = match.Groups["kind"].Value;
            var name = match.Groups["name"].Value;
            if (tree.Patches.FirstOrDefault(p => !p.IsJson6902 && p.TargetKind == kind && p.TargetName == name) is { } patch)
            {
                var at = patch.Placement(patch.Body.Start);
                return new KustomizeProblem(patch.File, at.Line, at.Column, Severity.Error,
                    $"the patch of {kind} \"{name}\" matches no object of the overlay, so it does not render");
            }
        }

        var lastCause = message.Split(": ").LastOrDefault(part => part.Length > 0) ?? message;
        return new KustomizeProblem(kustomizationFile, 1, 1, Severity.Error, $"the overlay does not render: {lastCause.Trim()}");
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A temporary folder left behind costs a few bytes; the rendering itself is done.
        }
    }
}
