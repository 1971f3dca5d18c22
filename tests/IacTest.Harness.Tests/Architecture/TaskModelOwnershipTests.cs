using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using IacTest.Harness.Ansible;
using IacTest.Lint.Families.Ansible.Data;
using IacTest.Lint.Families.Ansible.Model;

namespace IacTest.Harness.Tests.Layering;

/// <summary>
/// One task model: which key of a task is its module, what its arguments and keywords are, is decided by the lint
/// engine's reader alone. The harness wraps what that reader returns; a second reading would let the two disagree.
/// </summary>
public sealed class TaskModelOwnershipTests
{
    [Fact]
    public void The_harness_reads_tasks_through_the_lint_task_reader_and_not_from_the_keyword_lists()
    {
        // Given the types the compiled harness names from other assemblies
        var named = ReferencedTypes(typeof(AnsibleRole).Assembly.Location);

        // Then
        named.ShouldContain(typeof(AnsibleTaskReader).FullName!);
        named.ShouldNotContain(typeof(AnsibleData).FullName!);
    }

    private static HashSet<string> ReferencedTypes(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        return reader.TypeReferences
            .Select(handle => reader.GetTypeReference(handle))
            .Select(reference => $"{reader.GetString(reference.Namespace)}.{reader.GetString(reference.Name)}")
            .ToHashSet(StringComparer.Ordinal);
    }
}
