// SPDX-License-Identifier: GPL-3.0-or-later
#include "democatalog.h"

#include "../inventory/configuration.h"
#include "../search/segmentstore.h"
#include "../store/database.h"
#include "../store/recordstore.h"
#include "../store/sqlite.h"
#include "../util/taxid.h"

namespace trato {

namespace {

QString U(const char *s) { return QString::fromUtf8(s); }

// A valid CIF (B + 7 digits + control digit) from fixed digits.
QString cif(int digits)
{
    const QString base = QStringLiteral("B%1").arg(digits, 7, 10, QLatin1Char('0'));
    for (int control = 0; control < 10; ++control)
        if (TaxId::check(base + QString::number(control)).kind == TaxId::Kind::Cif)
            return base + QString::number(control);
    return {};
}

struct ProductSeed
{
    const char *sku;
    const char *name;
    const char *unit;
    qint64 price; // cents
    qint64 cost;
    const char *tax;
};

struct CategorySeed
{
    const char *name;
    int vendor; // index into the vendors
    std::initializer_list<ProductSeed> products;
};

} // namespace

Result<DemoCatalog::Summary> DemoCatalog::generate(Database &db)
{
    RecordStore store(db);
    Summary summary;
    // A database that already has a catalog (a second `demo` run) keeps it as it is.
    auto existing = Sql::exec(db.connection(), QStringLiteral("SELECT (SELECT count(*) FROM product) + (SELECT count(*) FROM warehouse)"));
    if (!existing)
        return existing.error();
    if (existing.value().next() && existing.value().value(0).toLongLong() > 0)
        return summary;
    auto make = [&](const QString &entity, const QVariantMap &values) -> Result<QString> {
        auto id = store.create(entity, values, RecordStore::Access::System);
        if (!id)
            return Error{id.error().kind, entity + QStringLiteral(": ") + id.error().message};
        return id;
    };
#define TRY_ID(var, expr)        \
    auto var = (expr);           \
    if (!var)                    \
        return var.error();

    TRY_ID(w1, make(QStringLiteral("warehouse"), {{QStringLiteral("name"), U("Almacén central")}, {QStringLiteral("code"), U("MAD")},
                                                 {QStringLiteral("is_default"), 1}, {QStringLiteral("city"), U("Getafe")},
                                                 {QStringLiteral("province"), U("Madrid")}}));
    TRY_ID(w2, make(QStringLiteral("warehouse"), {{QStringLiteral("name"), U("Almacén de Sevilla")}, {QStringLiteral("code"), U("SEV")},
                                                 {QStringLiteral("city"), U("Dos Hermanas")}, {QStringLiteral("province"), U("Sevilla")}}));
    const char *vendorNames[][3] = {{"Suministros Industriales del Centro SL", "Getafe", "Madrid"},
                                    {"Pinturas Levante SA", "Paterna", "Valencia"},
                                    {"Maderas y Tableros del Norte SL", "Santander", "Cantabria"},
                                    {"Electricidad Guadalquivir SL", "Sevilla", "Sevilla"},
                                    {"Automoción Ibérica SA", "Vigo", "Pontevedra"},
                                    {"Alimentación Mediterránea SL", "Reus", "Tarragona"}};
    QStringList vendors;
    for (int i = 0; i < 6; ++i) {
        TRY_ID(v, make(QStringLiteral("vendor"), {{QStringLiteral("name"), U(vendorNames[i][0])},
                                                  {QStringLiteral("tax_id"), cif(1234567 + i * 1111111)},
                                                  {QStringLiteral("city"), U(vendorNames[i][1])},
                                                  {QStringLiteral("province"), U(vendorNames[i][2])},
                                                  {QStringLiteral("country"), U("España")},
                                                  {QStringLiteral("payment_terms"), U("60 días")},
                                                  {QStringLiteral("lead_time_days"), 5 + i * 2}}));
        vendors << v.value();
    }
    summary.vendors = vendors.size();

    const std::initializer_list<CategorySeed> categories = {
        {"Ferretería", 0,
         {{"FER-TOR-M6", "Tornillo hexagonal M6 (caja 100)", "box", 890, 420, "standard"},
          {"FER-TOR-M8", "Tornillo hexagonal M8 (caja 100)", "box", 1190, 560, "standard"},
          {"FER-TAC-08", "Taco de nailon 8 mm (caja 200)", "box", 650, 280, "standard"},
          {"FER-CLA-50", "Clavo de acero 50 mm", "kg", 420, 190, "standard"},
          {"FER-BIS-35", "Bisagra de acero 35 mm", "pair", 375, 160, "standard"},
          {"FER-CER-01", "Cerradura de seguridad", "unit", 4590, 2300, "standard"},
          {"FER-CAD-10", "Cadena galvanizada 10 mm", "m", 690, 310, "standard"},
          {"FER-SIL-01", "Silicona neutra transparente", "unit", 540, 230, "standard"},
          {"FER-GUA-01", "Guantes de trabajo", "pair", 495, 210, "standard"},
          {"FER-CIN-50", "Cinta americana 50 m", "unit", 780, 330, "standard"}}},
        {"Pinturas", 1,
         {{"PIN-BLA-04", "Pintura plástica blanca 4 l", "unit", 2495, 1150, "standard"},
          {"PIN-BLA-15", "Pintura plástica blanca 15 l", "unit", 6990, 3300, "standard"},
          {"PIN-ESM-01", "Esmalte sintético rojo 750 ml", "unit", 1290, 590, "standard"},
          {"PIN-BAR-01", "Barniz para madera 1 l", "unit", 1450, 640, "standard"},
          {"PIN-IMP-05", "Imprimación antióxido", "l", 980, 450, "standard"},
          {"PIN-DIS-01", "Disolvente universal", "l", 520, 220, "standard"},
          {"PIN-ROD-22", "Rodillo antigota 22 cm", "unit", 890, 380, "standard"},
          {"PIN-BRO-50", "Brocha plana 50 mm", "unit", 360, 140, "standard"},
          {"PIN-CIN-36", "Cinta de carrocero 36 mm", "unit", 310, 120, "standard"},
          {"PIN-MAS-01", "Masilla de relleno", "kg", 640, 270, "standard"}}},
        {"Madera y tableros", 2,
         {{"MAD-PIN-27", "Listón de pino 27x27", "m", 230, 95, "standard"},
          {"MAD-ROB-01", "Tablero de roble macizo", "m2", 5890, 3100, "standard"},
          {"MAD-DM-16", "Tablero DM 16 mm", "m2", 1290, 610, "standard"},
          {"MAD-CON-18", "Contrachapado fenólico 18 mm", "m2", 2450, 1200, "standard"},
          {"MAD-MEL-19", "Melamina blanca 19 mm", "m2", 1590, 760, "standard"},
          {"MAD-TAR-01", "Tarima flotante roble", "m2", 2190, 1050, "standard"},
          {"MAD-ZOC-07", "Rodapié lacado 7 cm", "m", 340, 140, "standard"},
          {"MAD-COL-01", "Cola blanca para madera", "kg", 760, 330, "standard"},
          {"MAD-VIG-01", "Viga laminada", "m", 3290, 1700, "standard"},
          {"MAD-PAL-01", "Palé europeo", "unit", 1200, 600, "standard"}}},
        {"Electricidad", 3,
         {{"ELE-CAB-25", "Cable unipolar 2,5 mm²", "m", 65, 28, "standard"},
          {"ELE-CAB-15", "Cable unipolar 1,5 mm²", "m", 42, 18, "standard"},
          {"ELE-ENC-01", "Enchufe schuko empotrable", "unit", 390, 160, "standard"},
          {"ELE-INT-01", "Interruptor conmutador", "unit", 420, 175, "standard"},
          {"ELE-LED-09", "Bombilla LED 9 W", "pack", 1190, 520, "standard"},
          {"ELE-PAN-60", "Panel LED 60x60", "unit", 3490, 1700, "standard"},
          {"ELE-DIF-40", "Diferencial 40 A", "unit", 4890, 2500, "standard"},
          {"ELE-MAG-16", "Magnetotérmico 16 A", "unit", 790, 360, "standard"},
          {"ELE-TUB-20", "Tubo corrugado 20 mm", "m", 45, 18, "standard"},
          {"ELE-REG-01", "Regleta de 5 tomas", "unit", 1290, 560, "standard"}}},
        {"Fontanería", 0,
         {{"FON-TUB-16", "Tubo multicapa 16 mm", "m", 180, 80, "standard"},
          {"FON-TUB-20", "Tubo multicapa 20 mm", "m", 240, 105, "standard"},
          {"FON-COD-16", "Codo de latón 16 mm", "unit", 310, 130, "standard"},
          {"FON-GRI-01", "Grifo monomando de lavabo", "unit", 5490, 2700, "standard"},
          {"FON-GRI-02", "Grifo termostático de ducha", "unit", 11900, 6100, "standard"},
          {"FON-SIF-01", "Sifón de lavabo", "unit", 690, 290, "standard"},
          {"FON-TEF-01", "Cinta de teflón (pack 10)", "pack", 590, 240, "standard"},
          {"FON-LLA-12", "Llave de paso 1/2\"", "unit", 860, 370, "standard"},
          {"FON-FLE-40", "Latiguillo flexible 40 cm", "pair", 620, 260, "standard"}}},
        {"Alimentación", 5,
         {{"ALI-ACE-05", "Aceite de oliva virgen extra", "l", 895, 610, "super_reduced"},
          {"ALI-ARR-01", "Arroz bomba", "kg", 420, 250, "super_reduced"},
          {"ALI-JAM-01", "Jamón de cebo", "kg", 2890, 1800, "reduced"},
          {"ALI-QUE-01", "Queso manchego curado", "kg", 1990, 1200, "reduced"},
          {"ALI-VIN-75", "Vino tinto crianza 75 cl", "unit", 890, 480, "standard"},
          {"ALI-AZA-01", "Azafrán de La Mancha 1 g", "unit", 790, 450, "super_reduced"},
          {"ALI-ALM-01", "Almendra marcona", "kg", 1450, 900, "reduced"},
          {"ALI-MIE-01", "Miel de romero", "kg", 1100, 640, "super_reduced"},
          {"ALI-PIM-01", "Pimentón de la Vera", "kg", 2400, 1300, "super_reduced"},
          {"ALI-CAF-01", "Café en grano", "kg", 1690, 980, "reduced"}}},
    };
    TRY_ID(root, make(QStringLiteral("product_category"), {{QStringLiteral("name"), U("Catálogo general")}}));
    QString firstProduct;
    for (const CategorySeed &c : categories) {
        TRY_ID(cat, make(QStringLiteral("product_category"), {{QStringLiteral("name"), U(c.name)}, {QStringLiteral("parent"), root.value()}}));
        for (const ProductSeed &p : c.products) {
            TRY_ID(id, make(QStringLiteral("product"), {{QStringLiteral("sku"), U(p.sku)},
                                                        {QStringLiteral("name"), U(p.name)},
                                                        {QStringLiteral("category"), cat.value()},
                                                        {QStringLiteral("unit"), U(p.unit)},
                                                        {QStringLiteral("unit_price"), p.price},
                                                        {QStringLiteral("cost"), p.cost},
                                                        {QStringLiteral("tax_class"), U(p.tax)},
                                                        {QStringLiteral("vendor"), vendors.at(c.vendor)},
                                                        {QStringLiteral("reorder_level"), qlonglong(10000)},
                                                        {QStringLiteral("reorder_qty"), qlonglong(50000)}}));
            if (firstProduct.isEmpty())
                firstProduct = id.value();
            ++summary.products;
        }
    }
    // The configurable car of seed 001.
    TRY_ID(cars, make(QStringLiteral("product_category"), {{QStringLiteral("name"), U("Vehículos")}, {QStringLiteral("parent"), root.value()}}));
    TRY_ID(car, make(QStringLiteral("product"), {{QStringLiteral("sku"), U("VEH-BER-GT")},
                                                {QStringLiteral("name"), U("Berlina GT")},
                                                {QStringLiteral("category"), cars.value()},
                                                {QStringLiteral("unit_price"), qlonglong(2850000)},
                                                {QStringLiteral("cost"), qlonglong(2300000)},
                                                {QStringLiteral("vendor"), vendors.at(4)},
                                                {QStringLiteral("configurable"), 1}}));
    ++summary.products;
    const QString carId = car.value();
    const struct { const char *group; bool required; std::initializer_list<std::tuple<const char *, const char *, qint64, bool>> options; } groups[] = {
        {"Color", true, {{"Blanco Nieve", "BL", 0, true}, {"Rojo Pasión", "RO", 65000, false}, {"Gris Grafito", "GR", 48000, false}}},
        {"Tapicería", true, {{"Tela", "TE", 0, true}, {"Cuero", "CU", 180000, false}}},
        {"Cambio", true, {{"Manual", "MA", 0, true}, {"Automático", "AU", 150000, false}}},
    };
    for (const auto &g : groups) {
        auto gid = Configuration::addGroup(db, carId, U(g.group), g.required);
        if (!gid)
            return gid.error();
        for (const auto &[name, code, delta, isDefault] : g.options)
            if (auto o = Configuration::addOption(db, carId, U(g.group), U(name), U(code), delta, isDefault); !o)
                return o.error();
    }
    if (auto inc = Configuration::addIncompatibility(db, carId, U("Rojo Pasión"), U("Cuero"),
                                                     U("El rojo no se ofrece con tapicería de cuero."));
        !inc)
        return inc.error();

    const char *services[][4] = {{"INST", "Instalación", "hour", "4500"},  {"MONT", "Montaje de muebles", "hour", "3500"},
                                 {"PORT", "Transporte y entrega", "unit", "4900"}, {"ASES", "Asesoramiento técnico", "hour", "6000"},
                                 {"PINT", "Pintura de interiores", "m2", "850"},  {"ELEC", "Revisión eléctrica", "unit", "9000"},
                                 {"MANT", "Mantenimiento anual", "unit", "24000"}, {"FORM", "Formación de uso", "hour", "5500"},
                                 {"ALQU", "Alquiler de maquinaria", "day", "7500"}, {"GARA", "Garantía ampliada", "unit", "12000"}};
    QString firstService;
    for (const auto &s : services) {
        TRY_ID(id, make(QStringLiteral("service"), {{QStringLiteral("code"), U(s[0])},
                                                    {QStringLiteral("name"), U(s[1])},
                                                    {QStringLiteral("unit"), U(s[2])},
                                                    {QStringLiteral("unit_price"), QString::fromLatin1(s[3]).toLongLong()}}));
        if (firstService.isEmpty())
            firstService = id.value();
        ++summary.services;
    }

    // A price book for the first account, and one for the accounts of Madrid (a saved segment).
    auto first = Sql::exec(db.connection(), QStringLiteral("SELECT id, name FROM account WHERE deleted = 0 ORDER BY rid LIMIT 1"));
    if (!first)
        return first.error();
    if (first.value().next()) {
        TRY_ID(book, make(QStringLiteral("price_book"), {{QStringLiteral("name"), U("Tarifa %1").arg(first.value().value(1).toString())},
                                                        {QStringLiteral("account"), first.value().value(0).toString()},
                                                        {QStringLiteral("discount"), 8.0}}));
        if (auto e = make(QStringLiteral("price_book_entry"), {{QStringLiteral("price_book"), book.value()},
                                                               {QStringLiteral("product"), firstProduct},
                                                               {QStringLiteral("min_quantity"), qlonglong(10000)},
                                                               {QStringLiteral("price"), qlonglong(750)}});
            !e)
            return e.error();
        if (auto e = make(QStringLiteral("price_book_entry"), {{QStringLiteral("price_book"), book.value()},
                                                               {QStringLiteral("service"), firstService},
                                                               {QStringLiteral("price"), qlonglong(4000)}});
            !e)
            return e.error();
    }
    SegmentStore segments(db);
    const QString segmentName = U("Clientes de Madrid");
    if (!segments.byName(segmentName)) {
        Segment seg;
        seg.entity = QStringLiteral("account");
        seg.name = segmentName;
        seg.conditions = {Condition{QStringLiteral("city"), Condition::Equals, U("Madrid")}};
        if (auto s = segments.add(seg); !s)
            return s.error();
    }
    if (auto b = make(QStringLiteral("price_book"), {{QStringLiteral("name"), U("Clientes de Madrid 5 %")},
                                                      {QStringLiteral("segment"), segmentName},
                                                      {QStringLiteral("discount"), 5.0}});
        !b)
        return b.error();
#undef TRY_ID
    Q_UNUSED(w2);
    return summary;
}

} // namespace trato
