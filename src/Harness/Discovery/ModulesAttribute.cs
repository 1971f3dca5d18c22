using System.Reflection;
using System.Text.RegularExpressions;
using Xunit.Sdk;

namespace IacTest.Harness.Discovery;

/// <summary>
/// Turns every module matching a folder pattern (e.g. <c>roles/*</c>, <c>k8s/*/*.yaml</c>) into one theory row
/// with a <see cref="ModuleCase"/>. Patterns are relative to <see cref="BaseDirectory"/>; by default the test
/// project's folder (see <see cref="ProjectFiles"/>) and then the test output folder, where packaged modules are
/// copied, are tried in that order; <c>*</c> and <c>?</c> match within one path segment, <c>**</c> any number of segments.
/// A pattern that matches nothing fails the theory with an explanation rather than running zero rows.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ModulesAttribute(string pattern) : DataAttribute
{
    /// <summary>The pattern.</summary>
    public string Pattern { get; } = pattern;

    /// <summary>The folder the pattern is relative to; when null, the project folder and then the test output folder.</summary>
    public string? BaseDirectory { get; set; }

    /// <summary>A path each match must contain to count (e.g. <c>tasks/main.yml</c> for roles), or null.</summary>
    public string? Require { get; set; }

    /// <inheritdoc />
    public override IEnumerable<object[]> GetData(MethodInfo testMethod)
    {
        // The project's own modules are in its folder; packaged modules are copied beside the test assembly
        // (iac/modules/<name>): the first folder where the pattern matches wins.
        var projectDirectory = testMethod.DeclaringType is { } type ? ProjectFiles.TryDirectoryOf(type.Assembly) : null;
        string[] roots = BaseDirectory is not null
            ? [BaseDirectory]
            : [.. new[] { projectDirectory, AppContext.BaseDirectory }.OfType<string>().Distinct(StringComparer.Ordinal)];
        var matches = roots.Select(root => Find(root, Pattern, Require)).FirstOrDefault(found => found.Count > 0) ?? [];
        if (matches.Count == 0)
        {
            throw new InvalidOperationException(
                $"[Modules(\"{Pattern}\")] on {testMethod.Name} matched nothing under {string.Join(" or ", roots)}"
                + (Require is null ? "." : $" containing '{Require}'.") + " Is the pattern relative to that folder?");
        }

        return matches.Select(path => new object[] { new ModuleCase(System.IO.Path.GetFileName(path.TrimEnd('/', '\\')), path) });
    }

    /// <summary>The files and folders under <paramref name="root"/> matching <paramref name="pattern"/>, sorted.</summary>
    public static IReadOnlyList<string> Find(string root, string pattern, string? require = null)
    {
        var segments = pattern.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var current = new List<string> { System.IO.Path.GetFullPath(root) };
        foreach (var segment in segments)
        {
            var next = new List<string>();
            foreach (var folder in current.Where(Directory.Exists))
            {
                if (segment == "**")
                {
                    next.Add(folder);
                    next.AddRange(Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories));
                    continue;
                }

                var regex = new Regex("^" + Regex.Escape(segment).Replace(@"\*", "[^/]*", StringComparison.Ordinal).Replace(@"\?", "[^/]", StringComparison.Ordinal) + "$");
                next.AddRange(Directory.EnumerateFileSystemEntries(folder).Where(entry => regex.IsMatch(System.IO.Path.GetFileName(entry))));
            }

            current = next.Distinct(StringComparer.Ordinal).ToList();
        }

        return current
            .Where(path => require is null || File.Exists(System.IO.Path.Combine(path, require)) || Directory.Exists(System.IO.Path.Combine(path, require)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
