using System.Runtime.InteropServices;
using System.Text;

namespace IacTest.Sdk.Tasks;

/// <summary>
/// NUL-terminated UTF-8 copies of managed strings for a native call, freed together: the argument and environment
/// vectors of <c>posix_spawn</c>.
/// </summary>
internal sealed unsafe class NativeStrings : IDisposable
{
    private readonly List<IntPtr> _allocated = [];

    /// <summary>A native copy of <paramref name="text"/>, alive until this instance is disposed.</summary>
    public byte* Add(string text)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        var pointer = (byte*)NativeMemory.Alloc((nuint)length + 1);
        _allocated.Add((IntPtr)pointer);
        Encoding.UTF8.GetBytes(text, new Span<byte>(pointer, length));
        pointer[length] = 0;
        return pointer;
    }

    /// <summary>A null-terminated vector of native copies (<c>char *const argv[]</c>), alive until this instance is disposed.</summary>
    public byte** Vector(IReadOnlyList<string> texts)
    {
        var vector = (byte**)NativeMemory.Alloc((nuint)(texts.Count + 1), (nuint)sizeof(byte*));
        _allocated.Add((IntPtr)vector);
        for (var i = 0; i < texts.Count; i++)
        {
            vector[i] = Add(texts[i]);
        }

        vector[texts.Count] = null;
        return vector;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var pointer in _allocated)
        {
            NativeMemory.Free((void*)pointer);
        }

        _allocated.Clear();
    }
}
