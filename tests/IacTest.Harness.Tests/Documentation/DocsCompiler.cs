using System.Collections.Immutable;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using IacTest.Harness.Discovery;
using Microsoft.CodeAnalysis.CSharp;

namespace IacTest.Harness.Tests.Documentation;

/// <summary>
/// Compiles a documentation block as a user's test project built with the IacTest SDK would: against the harness,
/// xunit and Shouldly, with the SDK's implicit usings. A block of declarations is a file; a block of statements is the
/// body of an async method taking the block's <c>given</c> names.
/// </summary>
public static class DocsCompiler
{
    // Microsoft.NET.Sdk's implicit usings; the IacTest SDK's own are read from Sdk.targets so they never drift.
    private static readonly string[] DotNetSdkUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    /// <summary>The class a block of statements is compiled into.</summary>
    public const string StatementsClass = "DocsBlock";

    /// <summary>The method of <see cref="StatementsClass"/> holding the statements, with the block's given names as parameters.</summary>
    public const string StatementsMethod = "Run";

    /// <summary>The repository root (the folder holding IacTest.sln).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The compiler errors of <paramref name="block"/>, each as <c>page:line: CSxxxx message</c>; empty when it compiles.</summary>
    public static IReadOnlyList<string> Errors(MarkdownCodeBlock block) => Compile(block, projectDirectory: null).Errors;

    /// <summary>
    /// Compiles <paramref name="block"/> into an assembly that records <paramref name="projectDirectory"/> as its
    /// project folder, as the SDK records a test project's (so <c>ProjectFiles.Path</c> and relative goss paths
    /// resolve there), and the module references of the folder's project file (<see cref="DocsModuleReferences"/>);
    /// null image when it does not compile.
    /// </summary>
    public static (byte[]? Image, IReadOnlyList<string> Errors) Compile(MarkdownCodeBlock block, string? projectDirectory)
    {
        var (source, firstCodeLine) = SourceOf(block);
        var tree = CSharpSyntaxTree.ParseText(source, Parse, path: block.Page);
        if (projectDirectory is not null)
        {
            // As if the block were a source file of the project, named after its first class: what the compiler
            // gives [CallerFilePath] is then that path, so a snapshot's verified file sits in the project folder.
            var firstClass = tree.GetCompilationUnitRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>().FirstOrDefault();
            tree = tree.WithFilePath(Path.Combine(projectDirectory, (firstClass?.Identifier.Text ?? "DocsBlock") + ".cs"));
        }

        List<SyntaxTree> trees = [tree, CSharpSyntaxTree.ParseText(GlobalUsings, Parse)];
        if (projectDirectory is not null)
        {
            var literal = SymbolDisplay.FormatLiteral(projectDirectory, quote: true);
            trees.Add(CSharpSyntaxTree.ParseText($"[assembly: System.Reflection.AssemblyMetadata(\"{ProjectFiles.MetadataKey}\", {literal})]", Parse));
            trees.AddRange(DocsModuleReferences.AttributesFor(projectDirectory).Select(a => CSharpSyntaxTree.ParseText(a, Parse)));

            // The project's own C# files (a fixture the page's statements are given) compile with the block, as in a project.
            trees.AddRange(Directory.GetFiles(projectDirectory, "*.cs").Order(StringComparer.Ordinal)
                .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), Parse, path: f)));
        }

        var compilation = CSharpCompilation.Create(
            "DocsBlock" + Guid.NewGuid().ToString("N"),
            trees,
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d =>
            {
                var line = d.Location.GetLineSpan().StartLinePosition.Line - firstCodeLine;
                return $"{block.Page}:{block.Line + 1 + line}: {d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
            })
            .ToArray();
        if (errors.Length > 0)
        {
            return (null, errors);
        }

        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        return emitted.Success
            ? (image.ToArray(), [])
            : (null, emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => $"{block.Page}:{block.Line}: {d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}").ToArray());
    }

    private static (string Source, int FirstCodeLine) SourceOf(MarkdownCodeBlock block)
    {
        var unit = CSharpSyntaxTree.ParseText(block.Code, Parse).GetCompilationUnitRoot();
        if (!unit.Members.Any(m => m is Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax))
        {
            return (block.Code, 0);
        }

        // Statements: the block's using directives go first, the rest becomes the body of a method, all on one first
        // line so that line N of the block is line N + 1 of the source.
        var lines = block.Code.Split('\n');
        var usings = lines.Where(IsUsingDirective);
        var body = lines.Select(l => IsUsingDirective(l) ? "" : l);
        var header = $"{string.Join(' ', usings)} public static class {StatementsClass} {{ public static async Task {StatementsMethod}({block.Given}) {{ await Task.CompletedTask;";
        return (string.Join('\n', [header, .. body, "} }"]), 1);
    }

    private static bool IsUsingDirective(string line) =>
        line.TrimStart().StartsWith("using ", StringComparison.Ordinal) && line.TrimEnd().EndsWith(';') && !line.Contains('(', StringComparison.Ordinal);

    private static string GlobalUsings
    {
        get
        {
            var targets = XDocument.Load(Path.Combine(RepositoryRoot, "src", "Sdk", "Sdk", "Sdk.targets"));
            var iacUsings = targets.Descendants("Using").Select(u => (string)u.Attribute("Include")!);
            return string.Join('\n', DotNetSdkUsings.Concat(iacUsings).Distinct().Select(n => $"global using {n};"));
        }
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        // The test host's trusted assemblies are the runtime plus this project's dependencies: the harness, xunit,
        // Shouldly — what a user's test project references.
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return [.. trusted.Where(File.Exists).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "IacTest.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("IacTest.sln not found above the test assembly.");
    }
}
