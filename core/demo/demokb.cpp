// SPDX-License-Identifier: GPL-3.0-or-later
#include "demokb.h"

#include "../store/database.h"
#include "../store/recordstore.h"
#include "../store/sqlite.h"

namespace trato {

namespace {

struct DemoArticle
{
    const char *title;
    const char *category;
    const char *tags;
    const char *body;
    bool draft;
};

const DemoArticle kArticles[] = {
    {"Cómo restablecer la contraseña", "Cuenta", "acceso, contraseña",
     "1. Abra la página de acceso y pulse «He olvidado mi contraseña».\n2. Escriba su correo electrónico.\n"
     "3. Siga el enlace que recibirá (caduca en 24 horas).\nSi no llega, revise la carpeta de correo no deseado.", false},
    {"La factura no llega por correo", "Facturación", "factura, correo",
     "Compruebe la dirección de facturación en su ficha de cliente. Las facturas se envían el día de su emisión; "
     "puede descargarlas también desde el área de cliente.", false},
    {"Cambiar la forma de pago", "Facturación", "pago, domiciliación",
     "Envíenos el nuevo IBAN firmado por el titular de la cuenta. El cambio se aplica a partir de la siguiente factura.", false},
    {"La impresora no imprime", "Impresión", "impresora, cola",
     "1. Compruebe que está encendida y conectada a la red.\n2. Vacíe la cola de impresión.\n"
     "3. Reinstale el controlador desde la web del fabricante.", false},
    {"Configurar la VPN para teletrabajo", "Redes", "vpn, teletrabajo",
     "Instale el cliente VPN, importe el perfil que le enviamos y conecte con su usuario y contraseña habituales.", false},
    {"El equipo va lento", "Equipos", "rendimiento, lentitud",
     "Cierre los programas que no use, reinicie el equipo y compruebe que hay al menos un 15 % de disco libre.", false},
    {"Plazos de entrega de pedidos", "Pedidos", "entrega, envío",
     "Los pedidos con existencias salen en 24-48 horas laborables. Los demás, según el plazo del proveedor indicado en la oferta.", false},
    {"Devolver un producto", "Pedidos", "devolución, garantía",
     "Tiene 30 días para devolver un producto sin usar. Solicite la devolución indicando el número de factura.", false},
    {"Garantía de los equipos", "Equipos", "garantía, reparación",
     "Todos los equipos tienen tres años de garantía. Para una reparación, abra un ticket con el número de serie.", false},
    {"Horario de atención al cliente", "General", "horario, contacto",
     "Atendemos de lunes a viernes de 9:00 a 18:00 (hora peninsular), salvo festivos nacionales.", false},
    {"Copias de seguridad en la nube", "Equipos", "copia, nube",
     "Borrador: pasos para activar la copia automática diaria y restaurar un archivo.", true},
};

} // namespace

Result<int> generateDemoKb(Database &db, const QDate &today)
{
    QSqlDatabase conn = db.connection();
    auto existing = Sql::exec(conn, QStringLiteral("SELECT count(*) FROM kb_article"));
    if (!existing)
        return existing.error();
    if (existing.value().next() && existing.value().value(0).toLongLong() > 0)
        return 0;
    RecordStore store(db);
    int made = 0;
    for (const DemoArticle &a : kArticles) {
        auto r = store.create(QStringLiteral("kb_article"),
                              {{QStringLiteral("title"), QString::fromUtf8(a.title)},
                               {QStringLiteral("category"), QString::fromUtf8(a.category)},
                               {QStringLiteral("tags"), QString::fromUtf8(a.tags)},
                               {QStringLiteral("body"), QString::fromUtf8(a.body)},
                               {QStringLiteral("status"), a.draft ? QStringLiteral("draft") : QStringLiteral("published")}});
        if (!r)
            return r.error();
        ++made;
    }
    auto accounts = Sql::exec(conn, QStringLiteral("SELECT id, name FROM account WHERE deleted = 0 ORDER BY rid LIMIT 3"));
    if (!accounts)
        return accounts.error();
    struct Plan { const char *name; const char *unit; const char *period; qint64 included; };
    const Plan plans[] = {{"Bolsa de horas mensual", "hours", "month", 10000},
                          {"Tickets por trimestre", "tickets", "quarter", 12000},
                          {"Mantenimiento anual", "hours", "term", 40000}};
    const QDate base = today.isValid() ? today : QDate::currentDate();
    int i = 0;
    while (accounts.value().next() && i < 3) {
        const Plan &p = plans[i++];
        auto r = store.create(QStringLiteral("service_contract"),
                              {{QStringLiteral("name"), QStringLiteral("%1 · %2").arg(QString::fromUtf8(p.name), accounts.value().value(1).toString())},
                               {QStringLiteral("account"), accounts.value().value(0).toString()},
                               {QStringLiteral("unit"), QString::fromLatin1(p.unit)},
                               {QStringLiteral("period"), QString::fromLatin1(p.period)},
                               {QStringLiteral("included"), p.included},
                               {QStringLiteral("start_date"), QDate(base.year(), 1, 1).toString(Qt::ISODate)},
                               {QStringLiteral("end_date"), QDate(base.year(), 12, 31).toString(Qt::ISODate)}});
        if (!r)
            return r.error();
    }
    return made;
}

} // namespace trato
