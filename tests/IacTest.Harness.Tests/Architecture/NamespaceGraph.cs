using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

// Not "Architecture": that would hide System.Runtime.InteropServices.Architecture from the other test namespaces.
namespace IacTest.Harness.Tests.Layering;

/// <summary>
/// The namespace dependency graph of a compiled assembly, read from its metadata: a namespace depends on another when
/// one of its types names a type of the other in a base type, an interface, a field, a method or property signature,
/// a local variable, a generic constraint, an attribute, or an instruction of a method body (a call, a field access,
/// a type token). Compiler-generated types (closures, iterators, async state machines) count for the type that
/// declares them. Only the assembly's own namespaces are nodes. Constants and <c>nameof</c> leave nothing in the
/// compiled code, so they are not dependencies — the graph is what the runtime would load, not what the source says.
/// </summary>
public static class NamespaceGraph
{
    private static readonly Dictionary<short, OperandType> OperandTypes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value, code => code.OperandType);

    /// <summary>Reads the graph of the assembly at <paramref name="assemblyPath"/>.</summary>
    public static NamespaceDependencies Read(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var edges = new SortedDictionary<string, SortedDictionary<string, string>>(StringComparer.Ordinal);

        foreach (var handle in reader.TypeDefinitions)
        {
            var from = OuterType(reader, handle);
            var fromNamespace = reader.GetString(reader.GetTypeDefinition(from).Namespace);
            if (fromNamespace.Length == 0)
            {
                continue; // <Module>, <PrivateImplementationDetails> and other compiler-made globals.
            }

            if (!edges.ContainsKey(fromNamespace))
            {
                edges[fromNamespace] = new SortedDictionary<string, string>(StringComparer.Ordinal);
            }

            foreach (var used in TypesUsedBy(pe, reader, handle).Types)
            {
                var to = OuterType(reader, used);
                var toNamespace = reader.GetString(reader.GetTypeDefinition(to).Namespace);
                if (toNamespace.Length == 0 || toNamespace == fromNamespace)
                {
                    continue;
                }

                // Keep one example per edge, the first by name, so the message is stable from build to build.
                var example = $"{Name(reader, from)} uses {Name(reader, to)}";
                var targets = edges[fromNamespace];
                if (!targets.TryGetValue(toNamespace, out var known) || string.CompareOrdinal(example, known) < 0)
                {
                    targets[toNamespace] = example;
                }
            }
        }

        return new NamespaceDependencies(edges.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyDictionary<string, string>)pair.Value,
            StringComparer.Ordinal));
    }

    /// <summary>
    /// For each namespace of the assembly at <paramref name="assemblyPath"/>, the other assemblies its types use (by
    /// simple name), each with one example <c>Type uses Namespace.Type</c> — the same uses as <see cref="Read"/> finds.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ExternalUses(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var uses = new SortedDictionary<string, SortedDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var handle in reader.TypeDefinitions)
        {
            var from = OuterType(reader, handle);
            var fromNamespace = reader.GetString(reader.GetTypeDefinition(from).Namespace);
            if (fromNamespace.Length == 0)
            {
                continue;
            }

            foreach (var reference in TypesUsedBy(pe, reader, handle).References)
            {
                var (assembly, name) = AssemblyOf(reader, reference);
                if (assembly is null)
                {
                    continue;
                }

                var example = $"{Name(reader, from)} uses {name}";
                var targets = uses.TryGetValue(fromNamespace, out var known) ? known : uses[fromNamespace] = new SortedDictionary<string, string>(StringComparer.Ordinal);
                if (!targets.TryGetValue(assembly, out var first) || string.CompareOrdinal(example, first) < 0)
                {
                    targets[assembly] = example;
                }
            }
        }

        return uses.ToDictionary(pair => pair.Key, pair => (IReadOnlyDictionary<string, string>)pair.Value, StringComparer.Ordinal);
    }

    private static (string? Assembly, string Name) AssemblyOf(MetadataReader reader, TypeReferenceHandle handle)
    {
        var type = reader.GetTypeReference(handle);
        var name = $"{reader.GetString(type.Namespace)}.{reader.GetString(type.Name)}";
        return type.ResolutionScope.Kind switch
        {
            HandleKind.AssemblyReference => (reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)type.ResolutionScope).Name), name),
            HandleKind.TypeReference => (AssemblyOf(reader, (TypeReferenceHandle)type.ResolutionScope).Assembly, name),
            _ => (null, name),
        };
    }

    private static TypeDefinitionHandle OuterType(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        while (type.IsNested)
        {
            handle = type.GetDeclaringType();
            type = reader.GetTypeDefinition(handle);
        }

        return handle;
    }

    private static string Name(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        return reader.GetString(type.Name);
    }

    private static TypeCollector TypesUsedBy(PEReader pe, MetadataReader reader, TypeDefinitionHandle handle)
    {
        var collector = new TypeCollector(reader);
        var type = reader.GetTypeDefinition(handle);

        collector.Add(type.BaseType);
        foreach (var implementation in type.GetInterfaceImplementations())
        {
            collector.Add(reader.GetInterfaceImplementation(implementation).Interface);
        }

        collector.AddAttributes(type.GetCustomAttributes());
        collector.AddGenericParameters(type.GetGenericParameters());

        foreach (var fieldHandle in type.GetFields())
        {
            var field = reader.GetFieldDefinition(fieldHandle);
            field.DecodeSignature(collector, null);
            collector.AddAttributes(field.GetCustomAttributes());
        }

        foreach (var propertyHandle in type.GetProperties())
        {
            var property = reader.GetPropertyDefinition(propertyHandle);
            property.DecodeSignature(collector, null);
            collector.AddAttributes(property.GetCustomAttributes());
        }

        foreach (var eventHandle in type.GetEvents())
        {
            collector.Add(reader.GetEventDefinition(eventHandle).Type);
        }

        foreach (var methodHandle in type.GetMethods())
        {
            var method = reader.GetMethodDefinition(methodHandle);
            method.DecodeSignature(collector, null);
            collector.AddAttributes(method.GetCustomAttributes());
            collector.AddGenericParameters(method.GetGenericParameters());
            foreach (var parameterHandle in method.GetParameters())
            {
                collector.AddAttributes(reader.GetParameter(parameterHandle).GetCustomAttributes());
            }

            if (method.RelativeVirtualAddress != 0)
            {
                AddBody(pe.GetMethodBody(method.RelativeVirtualAddress), collector);
            }
        }

        return collector;
    }

    private static void AddBody(MethodBodyBlock body, TypeCollector collector)
    {
        if (!body.LocalSignature.IsNil)
        {
            collector.Add(body.LocalSignature);
        }

        foreach (var region in body.ExceptionRegions)
        {
            collector.Add(region.CatchType);
        }

        var il = body.GetILReader();
        while (il.RemainingBytes > 0)
        {
            short value = il.ReadByte();
            if (value == 0xFE)
            {
                value = unchecked((short)(0xFE00 | il.ReadByte()));
            }

            if (!OperandTypes.TryGetValue(value, out var operandType))
            {
                throw new InvalidDataException($"unknown IL opcode 0x{value:X} at offset {il.Offset - 1} of a method body of {collector.Describe()}");
            }

            switch (operandType)
            {
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    il.Offset += 1;
                    break;
                case OperandType.InlineVar:
                    il.Offset += 2;
                    break;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    il.Offset += 8;
                    break;
                case OperandType.InlineSwitch:
                    var targets = il.ReadInt32(); // read first: `Offset += 4 * ReadInt32()` would take Offset before the read.
                    il.Offset += 4 * targets;
                    break;
                case OperandType.InlineField:
                case OperandType.InlineMethod:
                case OperandType.InlineTok:
                case OperandType.InlineType:
                case OperandType.InlineSig:
                    collector.Add(MetadataTokens.EntityHandle(il.ReadInt32()));
                    break;
                default: // InlineBrTarget, InlineI, InlineString, ShortInlineR: four bytes that name no type.
                    il.Offset += 4;
                    break;
            }
        }
    }

    /// <summary>Collects every type definition of the assembly that a handle or a signature names.</summary>
    private sealed class TypeCollector(MetadataReader reader) : ISignatureTypeProvider<object?, object?>
    {
        private readonly HashSet<EntityHandle> seen = [];

        public HashSet<TypeDefinitionHandle> Types { get; } = [];

        /// <summary>The types of other assemblies named.</summary>
        public HashSet<TypeReferenceHandle> References { get; } = [];

        public string Describe() => string.Join(", ", Types.Select(type => reader.GetString(reader.GetTypeDefinition(type).Name)).Take(5));

        public void Add(EntityHandle handle)
        {
            if (handle.IsNil || !seen.Add(handle))
            {
                return;
            }

            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                    Types.Add((TypeDefinitionHandle)handle);
                    break;
                case HandleKind.TypeReference:
                    References.Add((TypeReferenceHandle)handle);
                    break;
                case HandleKind.TypeSpecification:
                    reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null);
                    break;
                case HandleKind.MethodDefinition:
                    Add(reader.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType());
                    break;
                case HandleKind.FieldDefinition:
                    Add(reader.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType());
                    break;
                case HandleKind.MemberReference:
                    var member = reader.GetMemberReference((MemberReferenceHandle)handle);
                    Add(member.Parent);
                    if (member.GetKind() == MemberReferenceKind.Method)
                    {
                        member.DecodeMethodSignature(this, null);
                    }
                    else
                    {
                        member.DecodeFieldSignature(this, null);
                    }

                    break;
                case HandleKind.MethodSpecification:
                    var specification = reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                    Add(specification.Method);
                    specification.DecodeSignature(this, null);
                    break;
                case HandleKind.StandaloneSignature:
                    var signature = reader.GetStandaloneSignature((StandaloneSignatureHandle)handle);
                    if (signature.GetKind() == StandaloneSignatureKind.LocalVariables)
                    {
                        signature.DecodeLocalSignature(this, null);
                    }
                    else
                    {
                        signature.DecodeMethodSignature(this, null);
                    }

                    break;
            }
        }

        public void AddAttributes(CustomAttributeHandleCollection attributes)
        {
            foreach (var attribute in attributes)
            {
                Add(reader.GetCustomAttribute(attribute).Constructor);
            }
        }

        public void AddGenericParameters(GenericParameterHandleCollection parameters)
        {
            foreach (var parameter in parameters)
            {
                foreach (var constraint in reader.GetGenericParameter(parameter).GetConstraints())
                {
                    Add(reader.GetGenericParameterConstraint(constraint).Type);
                }
            }
        }

        public object? GetTypeFromDefinition(MetadataReader metadata, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            Types.Add(handle);
            return null;
        }

        public object? GetTypeFromReference(MetadataReader metadata, TypeReferenceHandle handle, byte rawTypeKind)
        {
            References.Add(handle);
            return null;
        }

        public object? GetTypeFromSpecification(MetadataReader metadata, object? context, TypeSpecificationHandle handle, byte rawTypeKind)
        {
            Add(handle);
            return null;
        }

        public object? GetArrayType(object? elementType, ArrayShape shape) => null;

        public object? GetByReferenceType(object? elementType) => null;

        public object? GetFunctionPointerType(MethodSignature<object?> signature) => null;

        public object? GetGenericInstantiation(object? genericType, ImmutableArray<object?> typeArguments) => null;

        public object? GetGenericMethodParameter(object? context, int index) => null;

        public object? GetGenericTypeParameter(object? context, int index) => null;

        public object? GetModifiedType(object? modifier, object? unmodifiedType, bool isRequired) => null;

        public object? GetPinnedType(object? elementType) => null;

        public object? GetPointerType(object? elementType) => null;

        public object? GetPrimitiveType(PrimitiveTypeCode typeCode) => null;

        public object? GetSZArrayType(object? elementType) => null;
    }
}
