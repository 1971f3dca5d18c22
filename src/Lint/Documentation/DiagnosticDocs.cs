using IacTest.Lint.Engine;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Documentation;

/// <summary>
/// Every code below IAC0100 — the engine's own findings and the SDK's build errors — with its page. The rules have
/// their pages from the rules themselves; these codes have no rule object, so their text lives here, beside the
/// generator, and a test checks that every such code used in the sources has an entry.
/// </summary>
internal static class DiagnosticDocs
{
    private const string LintEngine = "the lint engine (build and `iactest lint`)";
    private const string PackStep = "the SDK's `dotnet pack` step for `IacModule` items";
    private const string ReferenceStep = "the SDK's build step that copies referenced modules";

    /// <summary>The pages, ordered by code.</summary>
    public static IReadOnlyList<DiagnosticDoc> All { get; } =
    [
        new(EngineRules.SyntaxCode, EngineRules.SyntaxName, "The YAML or HCL does not parse", LintEngine, "error",
            "The file is not valid YAML: the parser stopped at the position given. No rule that needs the parsed documents "
            + "runs on the file (their findings would describe a document that does not exist); the rules that read the "
            + "text line by line still do. yamllint reports the same problem as `syntax error` at the same position. "
            + "A Terraform file (`.tf`, `.tfvars`, `.tf.json`) that is not valid HCL gets one such error for each error "
            + "HCL reports, with HCL's summary and detail at HCL's position (`terraform fmt` and `terraform validate` "
            + "print the same), and no Terraform rule runs on it, as in tflint; `tflint-ignore` cannot hide it.",
            "yaml",
            "---\n- name: Install nginx\n  ansible.builtin.apt:\n    name: nginx\n   state: present\n",
            "tasks/main.yml(5,4): error IAC0001: syntax error: expected <block end>, but found '<block mapping start>' (syntax)",
            "Fix the YAML at the position given: here `state` is indented one space less than `name`, so it belongs to "
            + "no mapping. Indent it like its siblings."),
        new(EngineRules.LoadFailureCode, EngineRules.LoadFailureName, "The file cannot be read as text", LintEngine, "error",
            "The file could not be read (no permission, removed while the lint ran) or is not text: it holds a NUL byte "
            + "or bytes that are not UTF-8. ansible-lint names the same problem `load-failure`. It cannot be suppressed "
            + "with a comment, since the file's comments cannot be read either.",
            "text",
            "files/logo.yml   (a PNG image saved with a .yml extension: its header holds NUL bytes on line 3)",
            "files/logo.yml(3,1): error IAC0002: not a text file: binary content (a NUL byte) (load-failure)",
            "Save the file as UTF-8 text, or leave it out of the lint: `<IacFile Remove=\"files/logo.yml\" />` in the "
            + "project, or `IacFileExcludes`."),
        new(EngineRules.ConfigCode, EngineRules.ConfigName, "A configuration is invalid", LintEngine + " and the SDK's lint task", "error",
            "A configuration the lint reads is wrong: a `.yamllint` or `.ansible-lint` file (an unknown rule, an option "
            + "of the wrong type, a value out of range), the secrets baseline, an `IacLintRule` item, or an MSBuild "
            + "property of the lint (`IacLintVendored`, `IacLintMaxFindingsPerFile`). The finding is positioned in the "
            + "file that holds the mistake, or at the project for a property. A configuration error is never silently "
            + "ignored: the lint would otherwise run with settings the user did not choose.",
            "yaml",
            "# .yamllint\nextends: default\nrules:\n  line-length:\n    max: lots\n",
            ".yamllint(5,10): error IAC0003: invalid config: option \"max\" of \"line-length\" should be int (config)",
            "Correct the value the message names; the rule pages in this folder list every option with its type and "
            + "default."),
        new(EngineRules.SkippedCode, EngineRules.SkippedName, "A file, or part of it, was not checked", LintEngine, "warning, info or error, by cause",
            "Says that findings may be missing, and why, instead of passing silently:\n\n"
            + "- a warning when the file is over the size limit, or is not a regular file (a FIFO, socket or device) and is not read;\n"
            + "- info when the nesting is deeper than the structural limit, so the structural rules were skipped;\n"
            + "- a summary at the first dropped finding when a file has more findings than `IacLintMaxFindingsPerFile` "
            + "(default 1000), with the same severity as the worst one dropped;\n"
            + "- an error when the engine or one rule stopped on an internal failure in the file, so no build passes on a "
            + "file that was not checked.",
            "text",
            "generated/huge.yml   (a generated file of 80 MiB)",
            "generated/huge.yml(1,1): warning IAC0004: skipped: the file is 83,886,080 bytes, over the limit of 67,108,864 (skipped)",
            "Leave generated or third-party files out of the lint (`IacFileExcludes`, `IacVendored`), raise "
            + "`IacLintMaxFindingsPerFile` (0: no limit) when every finding is wanted, or report an internal failure "
            + "with the file that caused it."),
        new("IAC0010", "module-folder", "An `IacModule` is not a folder", PackStep, "error",
            "An `IacModule` item names a folder that does not exist, relative to the project. Nothing is packed for it.",
            "xml",
            "<ItemGroup>\n  <IacModule Include=\"roles/ngnix\" />\n</ItemGroup>\n",
            "Acme.Nginx.csproj: error IAC0010: IacModule 'roles/ngnix' is not a folder (/src/acme/roles/ngnix does not exist).",
            "Correct the path; it is relative to the project folder."),
        new("IAC0011", "module-metadata", "An `IacModule`'s `Name` or `Kind` is invalid", PackStep, "error",
            "The module's `Name` must be a single folder name (no `/`, `\\`, `;`, `.` or `..`): it becomes the folder "
            + "`iac/modules/<Name>/` of the package. Its `Kind` must be one of `ansible-role`, `ansible-collection`, "
            + "`kubernetes`, `compose`, `files` (or left out, to be inferred).",
            "xml",
            "<IacModule Include=\"roles/nginx\" Name=\"acme/nginx\" />\n",
            "Acme.Nginx.csproj: error IAC0011: IacModule 'roles/nginx': Name 'acme/nginx' must be a single folder name.",
            "Give a plain name (`Name=\"acme-nginx\"`), and a known `Kind` or none."),
        new("IAC0012", "module-name-taken", "Two `IacModule` items have the same name", PackStep, "error",
            "Two modules of one project would be packed into the same `iac/modules/<Name>/` folder. By default the name "
            + "is the folder's name, so `roles/web` and `apps/web` collide.",
            "xml",
            "<IacModule Include=\"roles/web\" />\n<IacModule Include=\"apps/web\" />\n",
            "Acme.Web.csproj: error IAC0012: IacModule 'apps/web' and 'roles/web' are both named 'web'; give one another Name.",
            "Give one of them a `Name` of its own."),
        new("IAC0013", "module-reference-folder", "An `IacModuleReference` is not a folder", ReferenceStep, "error",
            "A module reference (from a module package, or declared by hand) has a `Path` that is not a folder: the "
            + "package is incomplete in the NuGet cache, or a hand-written item points at the wrong place.",
            "xml",
            "<IacModuleReference Include=\"nginx\" Path=\"../shared/roles/nginx\" />\n",
            "WebRole.Tests.csproj: error IAC0013: IacModuleReference 'nginx': its Path '../shared/roles/nginx' is not a folder.",
            "Correct the `Path` (relative to the project), or restore the package again (`dotnet nuget locals "
            + "global-packages --clear`, then `dotnet restore`)."),
        new("IAC0014", "module-reference-name-taken", "Two referenced modules have the same name", ReferenceStep, "error",
            "Two module references (two packages, or a package and a hand-written item) have the same name, so both "
            + "would be copied to `$(OutDir)iac/modules/<Name>/` and `IacModules.Path(name)` could not tell them apart.",
            "xml",
            "<PackageReference Include=\"Acme.Nginx\" Version=\"1.0.0\" />\n<PackageReference Include=\"Contoso.Nginx\" Version=\"2.1.0\" />\n",
            "WebRole.Tests.csproj: error IAC0014: Two modules are named 'nginx': (package Acme.Nginx 1.0.0) and (package Contoso.Nginx 2.1.0). Reference only one of them.",
            "Reference only one of the packages, or rename the module in the package that owns it."),
    ];

    /// <summary>The file name of a code's page.</summary>
    public static string PageName(DiagnosticDoc doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return $"{doc.Code}-{doc.Name}.md";
    }
}
