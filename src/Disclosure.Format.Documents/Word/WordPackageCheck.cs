using System.Buffers.Binary;
using System.IO.Compression;
using System.Xml;
using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Documents.Word;

/// <summary>
/// Everything checked on a file's bytes before the Open XML SDK sees them: the signature (ZIP, OLE2 <c>.doc</c> or
/// encrypted package, RTF, HTML, PDF), the ZIP directory (number of entries, declared sizes) and, for every XML part,
/// its real inflated size and nesting depth, counted while inflating so that a package that misstates its sizes is
/// stopped at the limit. Returns the failure, or <see langword="null"/> when the package may be opened.
/// </summary>
internal static class WordPackageCheck
{
    private static ReadOnlySpan<byte> Ole2Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>The UTF-16LE name of the stream an encrypted OOXML file keeps its package in.</summary>
    private static ReadOnlySpan<byte> EncryptedPackageName => "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0"u8;

    /// <summary>What the check found besides a failure.</summary>
    internal sealed class Findings
    {
        public bool HasMacros { get; set; }

        /// <summary>What the package looks like when it is not a Word document: <c>xlsx</c>, <c>pptx</c>, <c>odt</c> or <see langword="null"/>.</summary>
        public string? OtherKind { get; set; }

        /// <summary><see langword="true"/> when some entry's name is under <c>word/</c>.</summary>
        public bool HasWordFolder { get; set; }
    }

    public static Failure? Check(ReadOnlySpan<byte> bytes, Stream zip, WordReadOptions options, Findings findings)
    {
        if (bytes.Length == 0)
        {
            return new Failure(WordCodes.NotAZipPackage, WordMessages.NotAZip("empty"));
        }

        if (bytes.StartsWith(Ole2Signature))
        {
            return bytes.IndexOf(EncryptedPackageName) >= 0
                ? new Failure(WordCodes.Encrypted, WordMessages.Encrypted)
                : new Failure(WordCodes.LegacyWordDocument, WordMessages.LegacyDoc);
        }

        if (bytes.Length > options.MaxFileBytes)
        {
            return new Failure(DocumentCodes.DocumentTooLarge, WordMessages.FileTooLarge(bytes.Length, options.MaxFileBytes));
        }

        if (!(bytes.Length >= 4 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K' && (bytes[2], bytes[3]) is (3, 4) or (5, 6)))
        {
            return new Failure(WordCodes.NotAZipPackage, WordMessages.NotAZip(LookAlike(bytes)));
        }

        // The entry count from the end-of-central-directory record, before the ZIP reader allocates an entry each.
        if (DeclaredEntryCount(bytes) is { } declared && declared > options.MaxEntries)
        {
            return new Failure(WordCodes.PackageTooLarge, WordMessages.TooManyEntries(declared, options.MaxEntries));
        }

        try
        {
            using var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
            if (archive.Entries.Count > options.MaxEntries)
            {
                return new Failure(WordCodes.PackageTooLarge, WordMessages.TooManyEntries(archive.Entries.Count, options.MaxEntries));
            }

            long declaredTotal = 0;
            foreach (var entry in archive.Entries)
            {
                var name = entry.FullName;
                findings.HasMacros |= name.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase);
                findings.HasWordFolder |= name.StartsWith("word/", StringComparison.OrdinalIgnoreCase);
                if (name.Equals("xl/workbook.xml", StringComparison.OrdinalIgnoreCase)) findings.OtherKind ??= "xlsx";
                if (name.Equals("ppt/presentation.xml", StringComparison.OrdinalIgnoreCase)) findings.OtherKind ??= "pptx";
                if (name.Equals("mimetype", StringComparison.Ordinal) || name.Equals("content.xml", StringComparison.Ordinal)) findings.OtherKind ??= "odt";
                if (IsXml(name) && entry.Length > options.MaxPartBytes)
                {
                    return new Failure(WordCodes.PackageTooLarge, WordMessages.PartTooLarge(name, options.MaxPartBytes));
                }

                declaredTotal += entry.Length;
                if (declaredTotal > options.MaxUncompressedBytes)
                {
                    return new Failure(WordCodes.PackageTooLarge, WordMessages.PackageTooLarge(options.MaxUncompressedBytes));
                }
            }

            // Inflate every part through a counter (its real size may differ from the declared one) and an XML reader
            // (its nesting depth: the SDK builds elements recursively, and 100 000 nested ones would overflow the stack).
            // Every part, not only those named .xml: the content types, not the names, say which parts the SDK parses
            // as XML (a main document part may be called word/document.dat). A binary part (an image, the VBA project)
            // stops the XML reader at its first bytes, so little of it is inflated.
            var total = new Counter();
            foreach (var entry in archive.Entries)
            {
                var failure = ScanXml(entry, options, total);
                if (failure is not null)
                {
                    return failure;
                }
            }
        }
        catch (InvalidDataException)
        {
            return new Failure(WordCodes.DamagedPackage, WordMessages.BrokenZip);
        }
        catch (IOException)
        {
            return new Failure(WordCodes.DamagedPackage, WordMessages.BrokenZip);
        }
        catch (NotSupportedException)
        {
            // An entry compressed with a method the ZIP reader does not support (Word only writes deflate and stored).
            return new Failure(WordCodes.DamagedPackage, WordMessages.BrokenZip);
        }

        return null;
    }

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static readonly XmlReaderSettings ScanSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    private static Failure? ScanXml(ZipArchiveEntry entry, WordReadOptions options, Counter total)
    {
        using var raw = entry.Open();
        using var counted = new CountingStream(raw, options.MaxPartBytes, options.MaxUncompressedBytes, total);
        try
        {
            using var reader = XmlReader.Create(counted, ScanSettings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth >= options.MaxXmlDepth)
                {
                    return new Failure(DocumentCodes.NestingTooDeep, WordMessages.XmlTooDeep(entry.FullName, options.MaxXmlDepth));
                }
            }
        }
        catch (Exception e) when (e is XmlException or ArgumentException)
        {
            // An ArgumentException comes from System.Xml itself on some damaged declarations (an encoding switch over
            // a truncated buffer): the part is damaged all the same. A damaged part: the SDK reports it if it is a part that is read (a document type declaration, which Word
            // never writes and which XML readers refuse, is one). What was inflated so far was counted.
            return IsReadPart(entry.FullName) ? new Failure(WordCodes.DamagedPackage, WordMessages.BrokenPart(entry.FullName)) : null;
        }
        catch (PartLimitException)
        {
            return new Failure(WordCodes.PackageTooLarge, WordMessages.PartTooLarge(entry.FullName, options.MaxPartBytes));
        }
        catch (PackageLimitException)
        {
            return new Failure(WordCodes.PackageTooLarge, WordMessages.PackageTooLarge(options.MaxUncompressedBytes));
        }

        return null;
    }

    /// <summary>The parts the SDK parses when the reader opens a package and reads its body and styles.</summary>
    private static bool IsReadPart(string name) =>
        name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)
        || name.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase)
        || name.Equals("word/document.xml", StringComparison.OrdinalIgnoreCase)
        || name.Equals("word/styles.xml", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The total number of entries the end-of-central-directory record declares (ZIP64 included), or
    /// <see langword="null"/> when the record is not found (the ZIP reader then reports the damage).
    /// </summary>
    private static long? DeclaredEntryCount(ReadOnlySpan<byte> bytes)
    {
        const int EocdSize = 22;
        var lowest = Math.Max(0, bytes.Length - EocdSize - ushort.MaxValue);
        for (var i = bytes.Length - EocdSize; i >= lowest; i--)
        {
            if (bytes[i] != (byte)'P' || BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(i, 4)) != 0x06054b50)
            {
                continue;
            }

            long count = BinaryPrimitives.ReadUInt16LittleEndian(bytes.Slice(i + 10, 2));
            if (count == ushort.MaxValue && i >= 20 && BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(i - 20, 4)) == 0x07064b50)
            {
                // ZIP64: the locator gives the offset of the ZIP64 end record, which holds the 64-bit count.
                var offset = BinaryPrimitives.ReadUInt64LittleEndian(bytes.Slice(i - 20 + 8, 8));
                // (A file under 56 bytes cannot hold that record: checked first, so the subtraction cannot wrap.)
                if (bytes.Length >= 56 && offset <= (ulong)(bytes.Length - 56) && BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice((int)offset, 4)) == 0x06064b50)
                {
                    var count64 = BinaryPrimitives.ReadUInt64LittleEndian(bytes.Slice((int)offset + 32, 8));
                    return count64 > long.MaxValue ? long.MaxValue : (long)count64;
                }

                return null; // a ZIP64 locator pointing at no ZIP64 record: damaged, which the ZIP reader reports
            }

            return count;
        }

        return null;
    }

    /// <summary>What bytes that are not a ZIP package look like: <c>rtf</c>, <c>html</c>, <c>pdf</c> or <see langword="null"/>.</summary>
    private static string? LookAlike(ReadOnlySpan<byte> bytes)
    {
        var head = bytes.Slice(0, Math.Min(bytes.Length, 1024));
        if (head.Length >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF)
        {
            head = head.Slice(3);
        }

        var start = 0;
        while (start < head.Length && head[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            start++;
        }

        head = head.Slice(start);
        if (head.StartsWith("{\\rtf"u8)) return "rtf";
        if (head.StartsWith("%PDF-"u8)) return "pdf";
        if (head.Length > 0 && head[0] == (byte)'<')
        {
            var text = System.Text.Encoding.ASCII.GetString(head.ToArray()).ToLowerInvariant();
            if (text.Contains("<html") || text.Contains("<!doctype html") || text.Contains("<meta") || text.Contains("<body")
                || text.Contains("urn:schemas-microsoft-com:office"))
            {
                return "html";
            }
        }

        return null;
    }

    /// <summary>A failure: its code and message.</summary>
    internal sealed record Failure(string Code, Message Message);

    private sealed class Counter
    {
        public long Total;
    }

    private sealed class PartLimitException : Exception
    {
    }

    private sealed class PackageLimitException : Exception
    {
    }

    /// <summary>A read-only stream that counts what it inflates and stops past a part or package limit.</summary>
    private sealed class CountingStream(Stream inner, long partLimit, long totalLimit, Counter total) : Stream
    {
        private long read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            read += n;
            total.Total += n;
            if (read > partLimit) throw new PartLimitException();
            if (total.Total > totalLimit) throw new PackageLimitException();
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
