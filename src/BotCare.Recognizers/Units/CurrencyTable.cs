namespace BotCare.Recognizers.Units;

/// <summary>The currencies BotCare reads, and how each is written before and after an amount.</summary>
/// <remarks>
/// "$" and "dollars" alone mean US dollars and "¥" means yen: a customer-service bot hears these far more often
/// than the other dollars and yuan, which have their own unambiguous prefixes ("CA$", "AU$", "CN¥").
/// </remarks>
internal static class CurrencyTable
{
    public static readonly CurrencyUnit Dollar = new("Dollar", "USD");
    public static readonly CurrencyUnit Euro = new("Euro", "EUR");
    public static readonly CurrencyUnit Pound = new("Pound", "GBP");
    public static readonly CurrencyUnit IndianRupee = new("Indian rupee", "INR");

    public static IReadOnlyList<CurrencySurface> Prefixes { get; } = BuildPrefixes();

    public static IReadOnlyList<CurrencySurface> Suffixes { get; } = BuildSuffixes();

    private static List<CurrencySurface> BuildPrefixes()
    {
        var list = new List<CurrencySurface>();
        Add(list, Dollar, "$", "us$", "u.s.$", "usd");
        Add(list, Euro, "€", "eur");
        Add(list, Pound, "£", "gbp");
        Add(list, new("Yen", "JPY"), "¥", "jp¥", "jpy");
        Add(list, new("Canadian dollar", "CAD"), "ca$", "can$", "c$", "cad");
        Add(list, new("Australian dollar", "AUD"), "au$", "a$", "aud");
        Add(list, new("New Zealand dollar", "NZD"), "nz$", "nzd");
        Add(list, new("Hong Kong dollar", "HKD"), "hk$", "hkd");
        Add(list, new("Singapore dollar", "SGD"), "s$", "sgd");
        Add(list, new("Mexican peso", "MXN"), "mx$", "mxn");
        Add(list, new("Brazilian real", "BRL"), "r$", "brl");
        Add(list, IndianRupee, "₹", "inr", "rs.", "rs");
        Add(list, new("Chinese yuan", "CNY"), "cn¥", "cny", "rmb");
        Add(list, new("Russian ruble", "RUB"), "₽");
        Add(list, new("South Korean won", "KRW"), "₩");
        Add(list, new("Turkish lira", "TRY"), "₺");
        Add(list, new("Israeli new shekel", "ILS"), "₪");
        Add(list, new("Philippine peso", "PHP"), "₱");
        AddCodes(list, "CHF", "Swiss franc", "ZAR", "South African rand", "SEK", "Swedish krona", "NOK", "Norwegian krone",
            "DKK", "Danish krone", "PLN", "Polish zloty", "RUB", "Russian ruble", "KRW", "South Korean won", "ILS", "Israeli new shekel");
        return list;
    }

    private static List<CurrencySurface> BuildSuffixes()
    {
        var list = new List<CurrencySurface>();
        Add(list, Dollar, "$", "usd", "dollars", "dollar", "bucks", "buck", "us dollars", "us dollar", "u.s. dollars", "american dollars");
        Add(list, Euro, "€", "eur", "euros", "euro");
        Add(list, Pound, "£", "gbp", "pounds", "pound", "quid", "pounds sterling", "british pounds", "sterling");
        Add(list, new("Yen", "JPY"), "¥", "jpy", "yen", "japanese yen");
        Add(list, new("Canadian dollar", "CAD"), "cad", "canadian dollars", "canadian dollar");
        Add(list, new("Australian dollar", "AUD"), "aud", "australian dollars", "australian dollar", "aussie dollars");
        Add(list, new("New Zealand dollar", "NZD"), "nzd", "new zealand dollars");
        Add(list, new("Hong Kong dollar", "HKD"), "hkd", "hong kong dollars");
        Add(list, new("Singapore dollar", "SGD"), "sgd", "singapore dollars");
        Add(list, new("Mexican peso", "MXN"), "mxn", "mexican pesos", "pesos");
        Add(list, new("Brazilian real", "BRL"), "brl", "brazilian reais", "reais");
        Add(list, new("Swiss franc", "CHF"), "swiss francs", "swiss franc");
        Add(list, IndianRupee, "₹", "inr", "rupees", "rupee", "indian rupees");
        Add(list, new("Chinese yuan", "CNY"), "cny", "rmb", "yuan", "renminbi", "chinese yuan");
        Add(list, new("South African rand", "ZAR"), "rand");
        Add(list, new("Russian ruble", "RUB"), "₽", "rubles", "roubles");
        Add(list, new("South Korean won", "KRW"), "₩", "korean won");
        Add(list, new("Turkish lira", "TRY"), "₺", "turkish lira");
        Add(list, new("Israeli new shekel", "ILS"), "₪", "shekels");
        Add(list, new("Philippine peso", "PHP"), "₱", "philippine pesos");
        AddCodes(list, "CHF", "Swiss franc", "ZAR", "South African rand", "SEK", "Swedish krona", "NOK", "Norwegian krone",
            "DKK", "Danish krone", "PLN", "Polish zloty", "RUB", "Russian ruble", "KRW", "South Korean won", "ILS", "Israeli new shekel");
        list.Add(new CurrencySurface("cents", Dollar, 0.01m));
        list.Add(new CurrencySurface("cent", Dollar, 0.01m));
        list.Add(new CurrencySurface("¢", Dollar, 0.01m));
        list.Add(new CurrencySurface("c", Dollar, 0.01m, GluedOnly: true));
        list.Add(new CurrencySurface("euro cents", Euro, 0.01m));
        list.Add(new CurrencySurface("pence", Pound, 0.01m));
        list.Add(new CurrencySurface("p", Pound, 0.01m, GluedOnly: true));
        list.Add(new CurrencySurface("paise", IndianRupee, 0.01m));
        return list;
    }

    private static void Add(List<CurrencySurface> list, CurrencyUnit unit, params string[] texts) =>
        list.AddRange(texts.Select(t => new CurrencySurface(t, unit)));

    /// <summary>Codes that could be read as words, so they count only when written in capitals.</summary>
    private static void AddCodes(List<CurrencySurface> list, params string[] codeAndName)
    {
        for (var i = 0; i < codeAndName.Length; i += 2)
        {
            list.Add(new CurrencySurface(codeAndName[i], new CurrencyUnit(codeAndName[i + 1], codeAndName[i]), CaseSensitive: true));
        }
    }
}
