namespace BotCare.Understanding;

/// <summary>
/// Product names customers mention, longest first so "coffee machine" wins over "machine". A company adds
/// its own catalogue terms here or through configuration.
/// </summary>
internal static class ProductLexicon
{
    public static readonly string[] Terms =
    [
        "washing machine", "coffee machine", "espresso machine", "dish washer", "dishwasher", "air fryer", "air purifier", "vacuum cleaner",
        "robot vacuum", "standing desk", "office chair", "gaming chair", "dinner plates", "wine glasses", "phone case", "screen protector",
        "phone plan", "mobile plan", "broadband", "internet", "wifi router", "router", "modem", "smart tv", "tv", "television", "monitor",
        "laptop", "tablet", "ipad", "iphone", "phone", "smartphone", "headphones", "earbuds", "earphones", "speaker", "soundbar", "camera",
        "smartwatch", "watch", "fitness tracker", "e-reader", "kindle", "keyboard", "mouse", "printer", "charger", "cable", "battery",
        "console", "controller", "blender", "toaster", "kettle", "microwave", "fridge", "refrigerator", "freezer", "oven", "stove",
        "mattress", "sofa", "couch", "armchair", "bed frame", "bed", "wardrobe", "bookshelf", "desk", "chair", "table", "lamp", "rug",
        "curtains", "pillow", "duvet", "sheets", "fitted sheet", "towels", "plates", "mugs", "pan", "pans", "pot", "knife set",
        "sneakers", "trainers", "shoes", "boots", "jacket", "coat", "jeans", "dress", "shirt", "t-shirt", "hoodie", "sweater", "bag",
        "backpack", "suitcase", "wallet", "sunglasses", "ring", "necklace", "bike", "bicycle", "scooter", "helmet", "tent", "grill",
        "heater", "fan", "drill", "lawn mower", "subscription", "membership", "gift card", "ticket", "installation",
    ];

    public static readonly string[] ByLength = [.. Terms.OrderByDescending(t => t.Length)];
}
