using System.Globalization;
using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Engine;
using IacTest.Lint.Reporting;
using IacTest.Lint.Rules;

namespace IacTest.Cli;

/// <summary><c>iactest lint</c>: finds the files, loads the configuration teams already have, lints and reports.</summary>
internal static class LintCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error, string workingDirectory)
    {
        var format = ReportFormat.Text;
        string? yamllintFile = null, yamllintData = null, ansibleLintFile = null, outputFile = null;
        var discover = true;
        var noWarnings = false;
        var strict = false;
        var jobs = 0; // one per core
        int? maxFindings = null;
        string? families = null;
        string? sarifRoot = null, ruleDocsUrl = null;
        var fix = false;
        var diff = false;

        var reader = new ArgumentReader(args);
        while (reader.TryNextOption(out var option, out var inline))
        {
            switch (option)
            {
                case "-f" or "--format":
                    format = ParseFormat(reader.Value(option, inline));
                    break;
                case "-c" or "--config-file":
                    yamllintFile = Path.GetFullPath(reader.Value(option, inline), workingDirectory);
                    break;
                case "-d" or "--config-data":
                    yamllintData = reader.Value(option, inline);
                    break;
                case "--ansible-lint-config":
                    ansibleLintFile = Path.GetFullPath(reader.Value(option, inline), workingDirectory);
                    break;
                case "--no-config-discovery":
                    discover = false;
                    break;
                case "-o" or "--output":
                    outputFile = Path.GetFullPath(reader.Value(option, inline), workingDirectory);
                    break;
                case "--no-warnings":
                    noWarnings = true;
                    break;
                case "--fix":
                    fix = true;
                    break;
                case "--diff":
                    diff = true;
                    break;
                case "--strict":
                    strict = true;
                    break;
                case "--sarif-root":
                    sarifRoot = Path.GetFullPath(reader.Value(option, inline), workingDirectory);
                    if (!Directory.Exists(sarifRoot))
                    {
                        throw new UsageException($"{option} '{sarifRoot}' is not a folder.");
                    }

                    break;
                case "--rule-docs-url":
                    ruleDocsUrl = reader.Value(option, inline);
                    if (!Uri.TryCreate(ruleDocsUrl, UriKind.Absolute, out _))
                    {
                        throw new UsageException($"--rule-docs-url takes an absolute URL (e.g. https://example.com/docs/rules/), not '{ruleDocsUrl}'.");
                    }

                    break;
                case "--families":
                    families = reader.Value(option, inline);
                    break;
                case "--max-findings":
                    var limit = reader.Value(option, inline);
                    if (!int.TryParse(limit, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) || parsed < 0)
                    {
                        throw new UsageException($"--max-findings takes a whole number from 0 (no limit) up, not '{limit}'.");
                    }

                    maxFindings = parsed;
                    break;
                case "-j" or "--jobs":
                    var value = reader.Value(option, inline);
                    if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out jobs) || jobs < 1)
                    {
                        throw new UsageException($"--jobs takes a whole number from 1 up, not '{value}'.");
                    }

                    break;
                default:
                    throw new UsageException($"unknown option '{option}' for lint.");
            }
        }

        if (reader.Positionals.Count == 0)
        {
            throw new UsageException("lint needs at least one PATH (a file or a folder).");
        }

        if (yamllintFile is not null && !File.Exists(yamllintFile))
        {
            throw new UsageException($"configuration file '{yamllintFile}' does not exist.");
        }

        if (ansibleLintFile is not null && !File.Exists(ansibleLintFile))
        {
            throw new UsageException($"configuration file '{ansibleLintFile}' does not exist.");
        }

        var request = new ConfigurationRequest
        {
            Directory = workingDirectory,
            YamllintConfigFile = yamllintFile,
            YamllintConfigData = yamllintData,
            AnsibleLintConfigFile = ansibleLintFile,
            Discover = discover,
        };

        // The project's configuration chooses which files a folder walk finds, as yamllint's run from here does.
        var project = ConfigurationDiscovery.Load(request);
        if (families is not null)
        {
            if (RuleFamilySelection.Words(families).Length == 0)
            {
                throw new UsageException($"--families needs at least one of: {RuleFamilySelection.Known}.");
            }

            if (RuleFamilySelection.Apply(families, project.Configuration) is { Count: > 0 } unknown)
            {
                throw new UsageException($"unknown rule family '{string.Join("', '", unknown)}' (known: {RuleFamilySelection.Known}).");
            }
        }

        // Paths are reported as the user wrote them, resolved against the working directory for reading.
        var paths = reader.Positionals.Select(p => Path.IsPathRooted(p) ? p : Path.Combine(workingDirectory, p)).ToArray();
        var files = FileDiscovery.Find(paths, project.Configuration, out var missing);
        if (missing.Count > 0)
        {
            throw new UsageException($"no such file or folder: {string.Join(", ", missing.Select(m => Path.GetRelativePath(workingDirectory, m)))}");
        }

        // --diff shows what --fix would change and writes nothing: with both, the diff wins, as a dry run should.
        var fixStep = fix || diff ? new FixStep(new LintEngine(), write: !diff, jobs, f => Display(f, workingDirectory)) : null;
        var linted = LintScoped(request, paths, files, maxFindings, families, jobs, fixStep, out var configurationProblems);
        if (fixStep is not null)
        {
            fixStep.Report(output, error);
            if (diff)
            {
                // A check for CI: 1 when some file would change.
                return fixStep.ChangedFiles > 0 ? CommandLine.Failure : CommandLine.Success;
            }
        }

        var engine = linted.Engine;
        // Findings of one file share its path: it is made relative once per file, not once per finding.
        var displayed = new Dictionary<string, string>(StringComparer.Ordinal);
        var diagnostics = configurationProblems
            .Concat(linted.Results.SelectMany(r => r.Diagnostics))
            .Where(d => !noWarnings || d.Severity == Severity.Error)
            .Select(d => d with { File = DisplayOnce(d.File) })
            .ToList();

        string DisplayOnce(string file)
        {
            if (!displayed.TryGetValue(file, out var shown))
            {
                shown = Display(file, workingDirectory);
                displayed[file] = shown;
            }

            return shown;
        }

        var reportOptions = new ReportOptions
        {
            WorkingDirectory = workingDirectory,
            SourceRoot = sarifRoot,
            RuleDocsBaseUri = ruleDocsUrl,
            ToolVersion = CommandLine.Version,
        };
        Write(format, diagnostics, engine.Catalog, outputFile, output, reportOptions);

        var failed = diagnostics.Any(d => d.Severity == Severity.Error || (strict && d.Severity == Severity.Warning));
        return failed ? CommandLine.Failure : CommandLine.Success;
    }

    /// <summary>
    /// Lints each file under its nearest configuration (<see cref="ConfigurationScopes"/>), exactly as a build of the
    /// same tree does, and returns the results in the order of <paramref name="files"/>. Command-line settings are the
    /// last layer of every scope's configuration.
    /// </summary>
    private static (LintEngine Engine, FileLintResult[] Results) LintScoped(ConfigurationRequest request, string[] paths, IReadOnlyList<string> files,
        int? maxFindings, string? families, int jobs, FixStep? fixStep, out IReadOnlyList<LintDiagnostic> problems)
    {
        // Scopes compare clean full paths; files keep the spelling they are reported under.
        var fullPaths = files.Select(f => Path.GetFullPath(f)).ToList();
        var named = paths.Where(File.Exists).Select(p => Path.GetFullPath(p)).ToHashSet(StringComparer.Ordinal);
        // A folder named outside the working folder is searched for its own configuration as a build's referenced module is.
        var roots = paths.Where(Directory.Exists).Select(p => Path.GetFullPath(p)).ToList();
        var loaded = ConfigurationScopes.Load(request, fullPaths, roots);
        problems = loaded.Problems;

        var positions = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        for (var i = 0; i < fullPaths.Count; i++)
        {
            (positions.TryGetValue(fullPaths[i], out var queue) ? queue : positions[fullPaths[i]] = new Queue<int>()).Enqueue(i);
        }

        var engine = new LintEngine();
        var results = new FileLintResult?[files.Count];
        // One run for every scope: a repository listing a rule needs is taken once per command.
        using var run = LintRun.Begin();
        foreach (var scope in loaded.Scopes)
        {
            if (maxFindings is { } max)
            {
                scope.Configuration.MaxFindingsPerFile = max;
            }

            if (families is not null)
            {
                // Validated against the project's configuration already: every scope knows the same families.
                RuleFamilySelection.Apply(families, scope.Configuration);
            }

            var indices = scope.Files.Select(f => positions[f].Dequeue()).ToList();
            // A walk left out what the project ignores; a nested configuration's exclude_paths leave out more, as in a
            // build. A file named on the command line is linted as asked.
            indices.RemoveAll(i => !named.Contains(fullPaths[i]) && PathPattern.IsIgnored(scope.Configuration.Ignore, fullPaths[i]));
            var scopeFiles = indices.Select(i => files[i]).ToList();
            // Fixed first, so the report that follows is of the files as they are now.
            fixStep?.Run(scopeFiles, scope.Configuration);
            if (fixStep is { Writes: false })
            {
                continue;
            }

            var scoped = engine.LintFiles(scopeFiles, scope.Configuration, jobs);
            for (var i = 0; i < indices.Count; i++)
            {
                results[indices[i]] = scoped[i];
            }
        }

        return (engine, results.OfType<FileLintResult>().ToArray());
    }

    private static void Write(ReportFormat format, List<LintDiagnostic> diagnostics, RuleCatalog catalog, string? outputFile, TextWriter output, ReportOptions options)
    {
        if (outputFile is not null)
        {
            FileStream stream;
            try
            {
                stream = File.Create(outputFile);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"cannot write the report to '{outputFile}'{(Directory.Exists(outputFile) ? ": it is a folder" : exception is UnauthorizedAccessException ? ": permission denied" : string.Empty)}.");
            }

            using (stream)
            {
                LintReport.Write(stream, format, diagnostics, catalog, options);
            }

            return;
        }

        // Text formats go through the writer so callers (and tests) can capture them.
        if (LintReport.Write(output, format, diagnostics))
        {
            return;
        }

        using var buffer = new MemoryStream();
        LintReport.Write(buffer, format, diagnostics, catalog, options);
        output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        output.Flush();
    }

    private static string Display(string file, string workingDirectory)
    {
        if (!Path.IsPathRooted(file))
        {
            return file;
        }

        var relative = Path.GetRelativePath(workingDirectory, file);
        return relative.StartsWith("..", StringComparison.Ordinal) ? file : relative;
    }

    private static ReportFormat ParseFormat(string value) => value.ToLowerInvariant() switch
    {
        "text" or "standard" or "msbuild" => ReportFormat.Text,
        "json" => ReportFormat.Json,
        "sarif" => ReportFormat.Sarif,
        "parsable" or "parseable" => ReportFormat.Parsable,
        "gitlab" or "codequality" or "code-quality" => ReportFormat.GitLab,
        "checkstyle" => ReportFormat.Checkstyle,
        _ => throw new UsageException($"unknown format '{value}': use text, json, sarif, parsable, gitlab or checkstyle."),
    };
}
