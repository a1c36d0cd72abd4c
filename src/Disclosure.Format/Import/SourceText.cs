using System.Buffers;
using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Import;

/// <summary>
/// A text prepared for matching: the original, a folded copy (compatibility characters mapped as NFKC maps them:
/// full-width ASCII, ideographic space, Kangxi radicals, compatibility ideographs, circled and parenthesised numbers)
/// with a map back to the original, and a "key" copy for label matching that keeps only letters and brackets.
/// Folding is done with built-in tables, not the platform's normaliser, so the result does not depend on ICU being
/// present (in globalization-invariant mode <c>string.Normalize</c> silently does nothing).
/// </summary>
internal sealed class SourceText
{
    // NFKC images of the Kangxi radicals U+2F00–U+2FD5 (Unicode 14).
    private const string KangxiRadicals =
        "一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳心戈戶手支攴文斗斤方无日曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹米糸缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長門阜隶隹雨靑非面革韋韭音頁風飛食首香馬骨高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠";

    // NFKC images of the CJK compatibility ideographs U+F900–U+FAD9; U+FFFD marks code points left unchanged.
    private const string CompatibilityIdeographs =
        "豈更車賈滑串句龜龜契金喇奈懶癩羅蘿螺裸邏樂洛烙珞落酪駱亂卵欄爛蘭鸞嵐濫藍襤拉臘蠟廊朗浪狼郎來冷勞擄櫓爐盧老蘆虜路露魯鷺碌祿綠菉錄鹿論壟弄籠聾牢磊賂雷壘屢樓淚漏累縷陋勒肋凜凌稜綾菱陵讀拏樂諾丹寧怒率異北磻便復不泌數索參塞省葉說殺辰沈拾若掠略亮兩凉梁糧良諒量勵呂女廬旅濾礪閭驪麗黎力曆歷轢年憐戀撚漣煉璉秊練聯輦蓮連鍊列劣咽烈裂說廉念捻殮簾獵令囹寧嶺怜玲瑩羚聆鈴零靈領例禮醴隸惡了僚寮尿料樂燎療蓼遼龍暈阮劉杻柳流溜琉留硫紐類六戮陸倫崙淪輪律慄栗率隆利吏履易李梨泥理痢罹裏裡里離匿溺吝燐璘藺隣鱗麟林淋臨立笠粒狀炙識什茶刺切度拓糖宅洞暴輻行降見廓兀嗀\uFFFD\uFFFD塚\uFFFD晴\uFFFD\uFFFD凞猪益礼神祥福靖精羽\uFFFD蘒\uFFFD諸\uFFFD\uFFFD逸都\uFFFD\uFFFD\uFFFD飯飼館鶴郞隷侮僧免勉勤卑喝嘆器塀墨層屮悔慨憎懲敏既暑梅海渚漢煮爫琢碑社祉祈祐祖祝禍禎穀突節練縉繁署者臭艹艹著褐視謁謹賓贈辶逸難響頻恵\uFFFD舘\uFFFD\uFFFD並况全侀充冀勇勺喝啕喙嗢塚墳奄奔婢嬨廒廙彩徭惘慎愈憎慠懲戴揄搜摒敖晴朗望杖歹殺流滛滋漢瀞煮瞧爵犯猪瑱甆画瘝瘟益盛直睊着磌窱節类絛練缾者荒華蝹襁覆視調諸請謁諾諭謹變贈輸遲醙鉶陼難靖韛響頋頻鬒龜\uFFFD\uFFFD\uFFFD㮝䀘䀹\uFFFD\uFFFD\uFFFD齃龎";

    private static readonly string[] ParenthesisedChinese = ["(一)", "(二)", "(三)", "(四)", "(五)", "(六)", "(七)", "(八)", "(九)", "(十)"];

    private readonly int[] lineStarts;
    private readonly int[]? originMap;
    private readonly string? sourceName;
    private readonly Func<int, SourceLocation>? locator;

    /// <summary>Prepares a text.</summary>
    /// <param name="text">The text to import.</param>
    /// <param name="sourceName">The source name of locations.</param>
    /// <param name="originMap">For each index of <paramref name="text"/> (and its end), the index in <paramref name="locationText"/>; optional.</param>
    /// <param name="locationText">The text whose lines locations count (the HTML a stripped text came from); optional.</param>
    /// <param name="locator">
    /// For a text written from a document's grid: the location of each index of <paramref name="text"/> (and its end) in
    /// the document (table, row, cell and the source's line and column). When given, it decides every location.
    /// </param>
    public SourceText(string text, string? sourceName = null, int[]? originMap = null, string? locationText = null, Func<int, SourceLocation>? locator = null)
    {
        Original = text;
        this.sourceName = sourceName;
        this.originMap = originMap;
        this.locator = locator;
        lineStarts = locator is null ? LineStarts(locationText ?? text) : [0];

        // The folded characters and the key's map are built in pooled buffers: only the strings and maps kept are allocated.
        var rented = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        var norm = rented;
        var rentedMap = ArrayPool<int>.Shared.Rent(text.Length + 1);
        var normToOriginal = rentedMap;
        var oneForOne = true; // every character folds to exactly one: the map is the identity and is not kept
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (n == i && (Classes[c] & FoldsClass) == 0)
            {
                // Nothing has expanded yet and the character is its own image (ASCII, CJK ideographs): room is certain.
                norm[n] = c;
                normToOriginal[n++] = i;
                continue;
            }

            var single = FoldChar(c, out var folded);
            if (folded is null)
            {
                Put(ref norm, ref normToOriginal, n++, single, i);
            }
            else
            {
                oneForOne &= folded.Length == 1;
                foreach (var f in folded)
                {
                    Put(ref norm, ref normToOriginal, n++, f, i);
                }
            }
        }

        if (n >= normToOriginal.Length)
        {
            Array.Resize(ref normToOriginal, n + 1);
        }

        normToOriginal[n] = text.Length;
        Norm = new string(norm, 0, n);
        this.normToOriginal = oneForOne ? null : normToOriginal.AsSpan(0, n + 1).ToArray();
        if (ReferenceEquals(normToOriginal, rentedMap))
        {
            ArrayPool<int>.Shared.Return(rentedMap);
        }

        var key = norm; // reused: the key is never longer than the folded text, and is written behind the reading position
        var keyToNormBuffer = ArrayPool<int>.Shared.Rent(n + 1);
        var keyToNorm = keyToNormBuffer;
        var k = 0;
        var classes = Classes;
        for (var i = 0; i < n; i++)
        {
            var c = norm[i];
            key[k] = c;
            keyToNorm[k] = i;
            k += classes[c] & KeyClass; // written always, kept only for a key character
        }

        keyToNorm[k] = n;
        KeyToNorm = keyToNorm.AsSpan(0, k + 1).ToArray();
        Key = new string(key, 0, k);
        ArrayPool<int>.Shared.Return(keyToNormBuffer);
        if (ReferenceEquals(norm, rented))
        {
            ArrayPool<char>.Shared.Return(rented); // not when folding outgrew it (a larger array was made)
        }
    }

    private static void Put(ref char[] chars, ref int[] map, int index, char c, int original)
    {
        if (index >= chars.Length)
        {
            Array.Resize(ref chars, Math.Max(4, chars.Length * 2));
        }

        if (index >= map.Length)
        {
            Array.Resize(ref map, Math.Max(4, map.Length * 2));
        }

        chars[index] = c;
        map[index] = original;
    }

    /// <summary>The arguments a row's material was read with (see <see cref="CellTokenizer.Read"/>).</summary>
    internal readonly record struct MaterialKey(int From, int To, int LabelStart, int LabelEnd, int CellCount, bool WithColumns, bool OneCellPerLine);

    /// <summary>The row materials read from this text so far, kept for the next catalog tried on it (they depend only on the text).</summary>
    internal Dictionary<MaterialKey, RowMaterial> Materials { get; } = new(TypicalRows);

    /// <summary>The enumerations of row splits made on this text so far, kept for the next catalog tried on it.</summary>
    internal Dictionary<Splitter.SplitKey, (SplitOutcome, List<Reading>, bool)> Splits { get; } = new(TypicalRows);

    /// <summary>About how many rows a report's tables have (the room first made for <see cref="Materials"/> and <see cref="Splits"/>).</summary>
    private const int TypicalRows = 64;

    /// <summary>The text as given.</summary>
    public string Original { get; }

    /// <summary>The folded text (same characters as <see cref="Original"/> except compatibility forms).</summary>
    public string Norm { get; }

    /// <summary>
    /// For each index of <see cref="Norm"/> (and its end), the index in <see cref="Original"/>; <see langword="null"/>
    /// when each character folded to one (every index is its own): see <see cref="ToOriginal"/> and <see cref="SearchOriginal"/>.
    /// </summary>
    private readonly int[]? normToOriginal;

    /// <summary>The index in <see cref="Original"/> of an index of <see cref="Norm"/> (or its end); out of that range, an <see cref="IndexOutOfRangeException"/>.</summary>
    public int ToOriginal(int normIndex)
    {
        if (normToOriginal is { } map)
        {
            return map[normIndex];
        }

        return (uint)normIndex <= (uint)Norm.Length ? normIndex : throw new IndexOutOfRangeException();
    }

    /// <summary>
    /// The index of <see cref="Norm"/> (or its end) that an index of <see cref="Original"/> folded to, as a binary
    /// search of the map by original index (see <see cref="BinarySearch"/>): its complement when none did.
    /// </summary>
    public int SearchOriginal(int originalIndex) =>
        normToOriginal is { } map ? BinarySearch(map, originalIndex)
        : originalIndex < 0 ? ~0
        : originalIndex > Norm.Length ? ~(Norm.Length + 1)
        : originalIndex;

    /// <summary>The matching key: <see cref="Norm"/> without white space, digits and punctuation that varies locally.</summary>
    public string Key { get; }

    /// <summary>For each index of <see cref="Key"/> (and its end), the index in <see cref="Norm"/>.</summary>
    public int[] KeyToNorm { get; }

    /// <summary>The source location of an index into <see cref="Norm"/>.</summary>
    public SourceLocation LocateNorm(int normIndex) =>
        LocateOriginal(ToOriginal(Math.Max(0, Math.Min(normIndex, Norm.Length))));

    /// <summary>The source location of an index into <see cref="Original"/>.</summary>
    public SourceLocation LocateOriginal(int originalIndex)
    {
        if (locator is not null)
        {
            return locator(Math.Max(0, Math.Min(originalIndex, Original.Length)));
        }

        var index = originMap is null
            ? originalIndex
            : originMap[Math.Max(0, Math.Min(originalIndex, originMap.Length - 1))];
        var line = BinarySearch(lineStarts, index);
        if (line < 0)
        {
            line = ~line - 1;
        }

        line = Math.Max(0, line);
        return new SourceLocation { Source = sourceName, Line = line + 1, Column = index - lineStarts[line] + 1 };
    }

    /// <summary>
    /// <see cref="Array.BinarySearch{T}(T[], T)"/> of an index in one of the maps (the same probes, so the same result
    /// where indexes repeat), without going through the generic comparer.
    /// </summary>
    public static int BinarySearch(int[] sorted, int value) => ((ReadOnlySpan<int>)sorted).BinarySearch(value);

    /// <summary>The original text of a range given in <see cref="Norm"/> indices.</summary>
    public string OriginalOf(int normStart, int normEnd)
    {
        var start = ToOriginal(normStart);
        var end = ToOriginal(normEnd);
        return end - start == 1 ? Single(Original[start]) : end > start ? Original.Substring(start, end - start) : string.Empty;
    }

    /// <summary>The one-character strings of the ASCII characters, made once (a cell is most often one digit).</summary>
    private static readonly string[] AsciiStrings = MakeAsciiStrings();

    private static string[] MakeAsciiStrings()
    {
        var strings = new string[128];
        for (var c = 0; c < strings.Length; c++)
        {
            strings[c] = ((char)c).ToString();
        }

        return strings;
    }

    /// <summary>A string of one character (shared for ASCII characters).</summary>
    public static string Single(char c) => c < 128 ? AsciiStrings[c] : c.ToString();

    /// <summary>The key of a label or heading, computed exactly as for the text.</summary>
    public static string KeyOf(string label)
    {
        var sb = new System.Text.StringBuilder(label.Length);
        foreach (var c in label)
        {
            var single = FoldChar(c, out var folded);
            if (folded is null)
            {
                if (IsKeyChar(single)) sb.Append(single);
            }
            else
            {
                foreach (var f in folded)
                {
                    if (IsKeyChar(f)) sb.Append(f);
                }
            }
        }

        return sb.ToString();
    }

    /// <summary>Folds a string the way <see cref="Norm"/> is folded (used for short cell and header texts).</summary>
    public static string FoldString(string text)
    {
        System.Text.StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var single = FoldChar(c, out var folded);
            if ((folded is not null || single != c) && sb is null)
            {
                sb = new System.Text.StringBuilder(text.Length);
                sb.Append(text, 0, i);
            }

            if (sb is not null)
            {
                if (folded is null)
                {
                    sb.Append(single);
                }
                else
                {
                    sb.Append(folded);
                }
            }
        }

        return sb?.ToString() ?? text;
    }

    /// <summary>
    /// Characters that take part in label matching: not white space, not digits (values may sit inside a wrapped
    /// label, and label numbering <c>1.</c> is handled separately) and not the punctuation that local copies write in
    /// many ways (commas, full stops, quotes, slashes, dashes, the ideographic comma, Markdown marks).
    /// </summary>
    public static bool IsKeyChar(char c) => (Classes[c] & KeyClass) != 0;

    private const byte KeyClass = 1;
    private const byte FoldsClass = 2;

    /// <summary>
    /// Per UTF-16 code unit: <see cref="KeyClass"/> when <see cref="IsKeyChar"/> holds for it, <see cref="FoldsClass"/>
    /// when <see cref="FoldChar"/> changes it. Made once from those definitions, so that the per-character loops look
    /// a character up instead of branching through the ranges.
    /// </summary>
    private static readonly byte[] Classes = MakeClasses();

    private static byte[] MakeClasses()
    {
        var classes = new byte[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            var single = FoldChar(c, out var multiple);
            classes[i] = (byte)((ComputeIsKeyChar(c) ? KeyClass : 0) | (multiple is not null || single != c ? FoldsClass : 0));
        }

        return classes;
    }

    private static bool ComputeIsKeyChar(char c)
    {
        if (c >= '\u4E00' && c <= '\u9FFF')
        {
            return true; // CJK unified ideographs: letters, never white space or punctuation
        }

        if (c <= ' ' || char.IsWhiteSpace(c) || (c >= '0' && c <= '9'))
        {
            return false;
        }

        switch (c)
        {
            case '.': case ',': case ';': case ':': case '!': case '?': case '|': case '#': case '*': case '-':
            case '_': case '/': case '\\': case '~': case '`': case '>': case '<': case '=': case '+': case '\'':
            case '"': case '、': case '，': case '。': case '；': case '：': case '“': case '”': case '‘': case '’':
            case '—': case '–': case '―': case '…': case '·': case '「': case '」': case '『': case '』': case '\u200B':
            case '\uFEFF': case '\u00AD':
                return false;
            default:
                return true;
        }
    }

    /// <summary>
    /// The NFKC image of a character as <see cref="Fold"/> gives it, without allocating where the image is one
    /// character: returns that character (the character itself when it is its own image) with
    /// <paramref name="multiple"/> <see langword="null"/>, or sets <paramref name="multiple"/> to an image of several
    /// characters.
    /// </summary>
    public static char FoldChar(char c, out string? multiple)
    {
        multiple = null;
        if (c < 0x80)
        {
            return c;
        }

        if (c >= '\uFF01' && c <= '\uFF5E')
        {
            return (char)(c - 0xFEE0);
        }

        switch (c)
        {
            case '\u3000':
            case '\u00A0':
            case '\u2007':
            case '\u202F':
            case '\u205F':
                return ' ';
            case '\uFF5F': return '⦅';
            case '\uFF60': return '⦆';
            case '\uFFE0': return '¢';
            case '\uFFE1': return '£';
            case '\uFFE5': return '¥';
        }

        if (c >= '\u2000' && c <= '\u200A')
        {
            return ' ';
        }

        if (c >= '\u2F00' && c <= '\u2FD5')
        {
            return KangxiRadicals[c - 0x2F00];
        }

        if (c >= '\uF900' && c <= '\uFAD9')
        {
            var image = CompatibilityIdeographs[c - 0xF900];
            return image == '\uFFFD' ? c : image;
        }

        if ((c >= '\u2460' && c <= '\u249B') || (c >= '\u3220' && c <= '\u3229'))
        {
            var folded = Fold(c)!;
            if (folded.Length == 1)
            {
                return folded[0];
            }

            multiple = folded;
            return c;
        }

        return c;
    }

    /// <summary>The NFKC image of a compatibility character, or <see langword="null"/> when it is its own image.</summary>
    public static string? Fold(char c)
    {
        if (c < 0x80)
        {
            return null;
        }

        if (c >= '\uFF01' && c <= '\uFF5E')
        {
            return ((char)(c - 0xFEE0)).ToString();
        }

        switch (c)
        {
            case '\u3000':
            case '\u00A0':
            case '\u2007':
            case '\u202F':
            case '\u205F':
                return " ";
            case '\uFF5F': return "⦅";
            case '\uFF60': return "⦆";
            case '\uFFE0': return "¢";
            case '\uFFE1': return "£";
            case '\uFFE5': return "¥";
        }

        if (c >= '\u2000' && c <= '\u200A')
        {
            return " ";
        }

        if (c >= '\u2460' && c <= '\u2473')
        {
            return (c - 0x2460 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture); // ① … ⑳
        }

        if (c >= '\u2474' && c <= '\u2487')
        {
            return "(" + (c - 0x2474 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ")"; // ⑴ … ⒇
        }

        if (c >= '\u2488' && c <= '\u249B')
        {
            return (c - 0x2488 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "."; // ⒈ … ⒛
        }

        if (c >= '\u3220' && c <= '\u3229')
        {
            return ParenthesisedChinese[c - 0x3220]; // ㈠ … ㈩
        }

        if (c >= '\u2F00' && c <= '\u2FD5')
        {
            return KangxiRadicals[c - 0x2F00].ToString();
        }

        if (c >= '\uF900' && c <= '\uFAD9')
        {
            var image = CompatibilityIdeographs[c - 0xF900];
            return image == '\uFFFD' ? null : image.ToString();
        }

        return null;
    }

    private static int[] LineStarts(string text)
    {
        var count = 1;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            count++;
        }

        var starts = new int[count];
        var k = 1;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts[k++] = i + 1;
        }

        return starts;
    }
}
