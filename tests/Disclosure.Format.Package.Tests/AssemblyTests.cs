using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Xml.Linq;

namespace Disclosure.Format.Package.Tests;

/// <summary>
/// The packed assemblies and their symbols, read with System.Reflection.Metadata: identity, signing, versions, target,
/// trimming declaration, embedded resources, XML docs, and the portable PDB in the .snupkg with its SourceLink.
/// </summary>
public sealed class AssemblyTests
{
    public static TheoryData<string> Ids() => Packages.Ids();

    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");
    private static readonly Guid EmbeddedSourceKind = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

    /// <summary>Libraries that declare IsAotCompatible (hence IsTrimmable) on their modern targets.</summary>
    private static readonly HashSet<string> AotCompatible = ["Disclosure.Format"];

    /// <summary>
    /// Manifest resources each assembly must carry (embedded schemas, rule catalogs), by package. A package not listed
    /// here must carry none, so a resource cannot be added or lost unnoticed. A resource named <c>schema/&lt;file&gt;</c>
    /// must hold exactly the bytes of the committed file <c>schema/&lt;file&gt;</c>.
    /// </summary>
    private static readonly Dictionary<string, string[]> ExpectedResources = new()
    {
        ["Disclosure.Format"] =
        [
            "schema/disclosure-report-2019.schema.json", "schema/disclosure-report-2021.schema.json",
            "schema/rules-2019.json", "schema/rules-2021.json", "schema/rules-cross-year.json",
            "schema/indicators.json", "schema/rules-narrative.json",
        ],
        // The core's XML documentation, from which the generator takes the schema's descriptions.
        ["Disclosure.Format.Schema"] = ["Disclosure.Format.xml"],
    };

    [Theory]
    [MemberData(nameof(Ids))]
    public void Assemblies_are_strong_named_versioned_and_built_for_their_folder(string id)
    {
        var package = Packages.RequirePacked(id);
        using var zip = Packages.Open(package.NupkgPath);
        var commit = Packages.Nuspec(zip, id).Child("repository")!.Attribute("commit")!.Value;
        var ourKey = typeof(AssemblyTests).Assembly.GetName().GetPublicKey();
        Assert.NotNull(ourKey);
        Assert.NotEmpty(ourKey);

        foreach (var tfm in package.TargetFrameworks)
        {
            using var pe = new PEReader(new MemoryStream(Packages.ReadEntry(zip, $"{package.AssetFolder(tfm)}/{package.AssemblyName}.dll")));
            var reader = pe.GetMetadataReader();
            var definition = reader.GetAssemblyDefinition();
            var name = definition.GetAssemblyName();

            Assert.Equal(package.AssemblyName, name.Name);
            Assert.Equal(ourKey, reader.GetBlobBytes(definition.PublicKey));
            Assert.True((pe.PEHeaders.CorHeader!.Flags & CorFlags.StrongNameSigned) != 0, $"{id} ({tfm}) is not strong-name signed.");
            Assert.Equal(ExpectedAssemblyVersion(Packages.Version), name.Version);

            var attributes = AssemblyAttributes(reader);
            Assert.Equal($"{Packages.Version}+{commit}", attributes["System.Reflection.AssemblyInformationalVersionAttribute"].Single());
            Assert.Equal($"{Packages.Version}.0", attributes["System.Reflection.AssemblyFileVersionAttribute"].Single());
            Assert.Equal(FrameworkName(tfm), attributes["System.Runtime.Versioning.TargetFrameworkAttribute"].Single());

            var trimmable = attributes.TryGetValue("System.Reflection.AssemblyMetadataAttribute", out var metadata)
                            && metadata.Contains("IsTrimmable=True");
            Assert.Equal(AotCompatible.Contains(id) && tfm.StartsWith("net", StringComparison.Ordinal) && !tfm.StartsWith("netstandard", StringComparison.Ordinal),
                trimmable);

            var resources = reader.ManifestResources.Select(h => reader.GetString(reader.GetManifestResource(h).Name)).Order(StringComparer.Ordinal).ToList();
            foreach (var handle in reader.ManifestResources)
            {
                var resource = reader.GetManifestResource(handle);
                var resourceName = reader.GetString(resource.Name);
                if (!resourceName.StartsWith("schema/", StringComparison.Ordinal))
                    continue;
                var committed = Path.Combine(Packages.RepositoryRoot, "schema", resourceName["schema/".Length..]);
                Assert.True(File.Exists(committed), $"{id} ({tfm}) embeds {resourceName}, which is not a committed file.");
                Assert.True(EmbeddedBytes(pe, resource).AsSpan().SequenceEqual(File.ReadAllBytes(committed)),
                    $"{id} ({tfm}): the embedded {resourceName} differs from the committed file (stale package?).");
            }
            var expectedResources = ExpectedResources.GetValueOrDefault(id, []).Order(StringComparer.Ordinal).ToList();
            Assert.True(expectedResources.SequenceEqual(resources),
                $"{id} ({tfm}) embeds [{string.Join(", ", resources)}] but {nameof(ExpectedResources)} lists " +
                $"[{string.Join(", ", expectedResources)}]: update the table in AssemblyTests.cs if the change is deliberate.");
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Xml_docs_describe_the_assembly(string id)
    {
        var package = Packages.RequirePacked(id);
        if (package.IsTool)
            return; // a tool has no API for callers
        using var zip = Packages.Open(package.NupkgPath);
        foreach (var tfm in package.TargetFrameworks)
        {
            var doc = XDocument.Load(new MemoryStream(Packages.ReadEntry(zip, $"{package.AssetFolder(tfm)}/{package.AssemblyName}.xml")));
            Assert.Equal(package.AssemblyName, doc.Root?.Element("assembly")?.Element("name")?.Value);
            var documented = doc.Root!.Element("members")!.Elements("member")
                .Where(m => !string.IsNullOrWhiteSpace(m.Element("summary")?.Value) || m.Element("inheritdoc") is not null)
                .Select(m => m.Attribute("name")!.Value).ToHashSet(StringComparer.Ordinal);

            // Every public type of the assembly has its summary in the package's XML file.
            using var pe = new PEReader(new MemoryStream(Packages.ReadEntry(zip, $"{package.AssetFolder(tfm)}/{package.AssemblyName}.dll")));
            var reader = pe.GetMetadataReader();
            var publicTypes = reader.TypeDefinitions.Select(reader.GetTypeDefinition)
                .Where(t => (t.Attributes & TypeAttributes.VisibilityMask) == TypeAttributes.Public)
                .Select(t => $"T:{reader.GetString(t.Namespace)}.{reader.GetString(t.Name)}")
                .ToList();
            Assert.NotEmpty(publicTypes);
            var undocumented = publicTypes.Where(t => !documented.Contains(t)).ToList();
            Assert.True(undocumented.Count == 0, $"{id} ({tfm}): public types without a summary: {string.Join(", ", undocumented)}");
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Symbols_are_portable_pdbs_matching_the_assemblies_with_SourceLink_to_the_commit(string id)
    {
        var package = Packages.RequirePacked(id);
        Assert.True(File.Exists(package.SnupkgPath), $"{package.SnupkgPath} was not packed.");
        using var nupkg = Packages.Open(package.NupkgPath);
        using var snupkg = Packages.Open(package.SnupkgPath);

        var repository = Packages.Nuspec(nupkg, id).Child("repository")!;
        var commit = repository.Attribute("commit")!.Value;
        var repositoryPath = new Uri(repository.Attribute("url")!.Value).AbsolutePath.Trim('/');
        var symbolsType = Packages.Nuspec(snupkg, id).Child("packageTypes")?.Elements().Select(e => e.Attribute("name")?.Value);
        Assert.Contains("SymbolsPackage", symbolsType ?? []);

        foreach (var tfm in package.TargetFrameworks)
        {
            var folder = package.AssetFolder(tfm);
            using var pe = new PEReader(new MemoryStream(Packages.ReadEntry(nupkg, $"{folder}/{package.AssemblyName}.dll")));
            var debugDirectory = pe.ReadDebugDirectory();
            var codeView = debugDirectory.Single(e => e.Type == DebugDirectoryEntryType.CodeView);
            Assert.Contains(debugDirectory, e => e.Type == DebugDirectoryEntryType.PdbChecksum);
            Assert.Contains(debugDirectory, e => e.Type == DebugDirectoryEntryType.Reproducible);
            var codeViewData = pe.ReadCodeViewDebugDirectoryData(codeView);

            using var provider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(Packages.ReadEntry(snupkg, $"{folder}/{package.AssemblyName}.pdb")));
            var pdb = provider.GetMetadataReader();

            // The PDB belongs to this very assembly: its id is the CodeView GUID followed by the stamp.
            var pdbId = pdb.DebugMetadataHeader!.Id.ToArray();
            Assert.Equal(codeViewData.Guid, new Guid(pdbId.AsSpan(0, 16)));
            Assert.Equal(codeView.Stamp, BitConverter.ToUInt32(pdbId, 16));

            // SourceLink: every mapped path points at the raw files of the recorded repository at the recorded commit.
            var sourceLink = pdb.GetCustomDebugInformation(EntityHandle.ModuleDefinition)
                .Select(pdb.GetCustomDebugInformation)
                .Where(c => pdb.GetGuid(c.Kind) == SourceLinkKind)
                .Select(c => pdb.GetBlobBytes(c.Value))
                .SingleOrDefault();
            Assert.True(sourceLink is not null, $"{id} ({tfm}): the PDB has no SourceLink.");
            using var json = JsonDocument.Parse(sourceLink);
            var map = json.RootElement.GetProperty("documents").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
            Assert.NotEmpty(map);
            Assert.All(map.Values, url => Assert.Equal($"https://raw.githubusercontent.com/{repositoryPath}/{commit}/*", url));
            if (Packages.InCi)
                Assert.Equal(["/_/*"], map.Keys); // ContinuousIntegrationBuild: no machine path in the PDB

            // Every source document is either under a SourceLink mapping or embedded in the PDB (generated files).
            var embedded = pdb.CustomDebugInformation
                .Select(pdb.GetCustomDebugInformation)
                .Where(c => pdb.GetGuid(c.Kind) == EmbeddedSourceKind && c.Parent.Kind == HandleKind.Document)
                .Select(c => (DocumentHandle)c.Parent)
                .ToHashSet();
            var prefixes = map.Keys.Select(k => k.TrimEnd('*')).ToList();
            var documents = pdb.Documents.Select(h => (Handle: h, Name: pdb.GetString(pdb.GetDocument(h).Name))).ToList();
            Assert.Contains(documents, d => d.Name.EndsWith(".cs", StringComparison.Ordinal) && !embedded.Contains(d.Handle));
            var unreachable = documents
                .Where(d => !embedded.Contains(d.Handle) && !prefixes.Any(p => d.Name.StartsWith(p, StringComparison.Ordinal)))
                .Select(d => d.Name).ToList();
            Assert.True(unreachable.Count == 0, $"{id} ({tfm}): sources neither mapped nor embedded: {string.Join(", ", unreachable)}");
            if (Packages.InCi)
                Assert.DoesNotContain(documents, d => d.Name.Contains(Packages.RepositoryRoot, StringComparison.Ordinal));
        }
    }

    /// <summary>The bytes of a resource embedded in the PE file (a 4-byte length, then the data, in the resources block).</summary>
    private static byte[] EmbeddedBytes(PEReader pe, ManifestResource resource)
    {
        Assert.True(resource.Implementation.IsNil, "The resource is not embedded in this assembly.");
        var block = pe.GetSectionData(pe.PEHeaders.CorHeader!.ResourcesDirectory.RelativeVirtualAddress);
        var blob = block.GetReader((int)resource.Offset, block.Length - (int)resource.Offset);
        var length = blob.ReadInt32();
        return blob.ReadBytes(length);
    }

    /// <summary>src/Directory.Build.props: major.0.0.0, or 0.minor.0.0 while the major version is 0.</summary>
    private static Version ExpectedAssemblyVersion(string version)
    {
        var v = System.Version.Parse(version);
        return v.Major == 0 ? new Version(0, v.Minor, 0, 0) : new Version(v.Major, 0, 0, 0);
    }

    private static string FrameworkName(string tfm) => tfm switch
    {
        "netstandard2.0" => ".NETStandard,Version=v2.0",
        _ when tfm.StartsWith("net", StringComparison.Ordinal) && char.IsDigit(tfm[3]) && tfm.Contains('.') => $".NETCoreApp,Version=v{tfm[3..]}",
        _ => throw new NotSupportedException(tfm),
    };

    /// <summary>Assembly-level attributes by type name, each value as its fixed string arguments joined with '='.</summary>
    private static Dictionary<string, List<string>> AssemblyAttributes(MetadataReader reader)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind != HandleKind.MemberReference)
                continue;
            var constructor = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
            if (constructor.Parent.Kind != HandleKind.TypeReference)
                continue;
            var type = reader.GetTypeReference((TypeReferenceHandle)constructor.Parent);
            var typeName = $"{reader.GetString(type.Namespace)}.{reader.GetString(type.Name)}";
            var value = attribute.DecodeValue(new StringOnlyDecoder());
            var text = string.Join("=", value.FixedArguments.Select(a => a.Value?.ToString()));
            if (!result.TryGetValue(typeName, out var list))
                result[typeName] = list = [];
            list.Add(text);
        }
        return result;
    }

    /// <summary>Decodes attribute arguments of primitive types (all the assembly-level attributes we read use strings).</summary>
    private sealed class StringOnlyDecoder : ICustomAttributeTypeProvider<Type>
    {
        public Type GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode switch
        {
            PrimitiveTypeCode.String => typeof(string),
            PrimitiveTypeCode.Boolean => typeof(bool),
            PrimitiveTypeCode.Int32 => typeof(int),
            PrimitiveTypeCode.Int64 => typeof(long),
            PrimitiveTypeCode.Byte => typeof(byte),
            PrimitiveTypeCode.Int16 => typeof(short),
            _ => typeof(object),
        };

        public Type GetSystemType() => typeof(Type);
        public Type GetSZArrayType(Type elementType) => elementType.MakeArrayType();
        public Type GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => typeof(object);
        public Type GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => typeof(int); // enums: int32
        public Type GetTypeFromSerializedName(string name) => typeof(Type);
        public PrimitiveTypeCode GetUnderlyingEnumType(Type type) => PrimitiveTypeCode.Int32;
        public bool IsSystemType(Type type) => type == typeof(Type);
    }
}
