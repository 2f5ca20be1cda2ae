// SPDX-License-Identifier: GPL-3.0-or-later
#include "demosupport.h"

#include "../store/database.h"
#include "../store/recordstore.h"
#include "../store/sqlite.h"
#include "../support/ticketservice.h"

#include <QSqlQuery>

namespace trato {

namespace {

struct Case
{
    const char *subject;
    const char *category;
    const char *customer;
    const char *reply;
    const char *resolution;
};

const Case kCases[] = {
    {"La impresora de la oficina no imprime", "incident", "Desde esta mañana la impresora no responde.", "Reinicie la cola de impresión y pruebe de nuevo, por favor.",
     "Controlador reinstalado."},
    {"Factura con importe duplicado", "complaint", "Nos han cobrado dos veces la misma factura.", "Lo revisamos con administración y le decimos algo hoy.",
     "Abono emitido por el importe duplicado."},
    {"¿Cómo cambio la dirección de envío?", "question", "Queremos recibir los pedidos en el nuevo almacén.", "Le enviamos los pasos para cambiarla en su ficha.",
     "Dirección actualizada."},
    {"El equipo hace un ruido extraño", "warranty", "La máquina vibra mucho desde la última revisión.", "Un técnico pasará el jueves a revisarla.",
     "Pieza cambiada en garantía."},
    {"Solicitud de formación para el personal nuevo", "request", "Tenemos tres personas nuevas en el equipo.", "Le proponemos dos fechas para la formación.",
     "Formación impartida."},
    {"No podemos acceder al portal de clientes", "incident", "El portal dice que la contraseña no es válida.", "Hemos restablecido su acceso; le llegará un correo.",
     "Acceso restablecido."},
    {"Pedido recibido incompleto", "complaint", "Faltan dos cajas del último pedido.", "Sentimos el error: enviamos lo que falta mañana.",
     "Enviado el material que faltaba."},
    {"Consulta sobre el contrato de mantenimiento", "question", "¿Qué incluye la revisión anual?", "Le adjuntamos las condiciones del contrato.",
     "Condiciones explicadas."},
};

const char *const kPriorities[] = {"normal", "high", "low", "urgent", "normal", "high", "normal"};
const char *const kChannels[] = {"phone", "email", "web", "email", "phone", "in_person"};
const char *const kTeams[] = {"Nivel 1", "Nivel 1", "Nivel 2", "Postventa"};

} // namespace

Result<int> generateDemoSupport(Database &db, const QDateTime &nowIn)
{
    const QDateTime now = (nowIn.isValid() ? nowIn : QDateTime::currentDateTimeUtc()).toUTC();
    auto q = Sql::exec(db.connection(), QStringLiteral("SELECT a.id, (SELECT c.id FROM contact c WHERE c.account = a.id AND c.deleted = 0 ORDER BY c.rid LIMIT 1), "
                                                       "coalesce(a.owner, '') FROM account a WHERE a.deleted = 0 ORDER BY a.rid LIMIT 30"));
    if (!q)
        return q.error();
    struct Customer { QString account, contact, owner; };
    QList<Customer> customers;
    while (q.value().next())
        customers.append({q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toString()});
    if (customers.isEmpty())
        return 0;

    TicketService service(db);
    const int total = 60;
    const int caseCount = int(sizeof(kCases) / sizeof(kCases[0]));
    for (int i = 0; i < total; ++i) {
        const Case &c = kCases[i % caseCount];
        const Customer &who = customers.at(i % customers.size());
        // Oldest first, spread over ~60 days; the newest ones a few hours old.
        const QDateTime opened = now.addSecs(-qint64(total - i) * 23 * 3600 - (i % 5) * 1800);
        QVariantMap v = {{QStringLiteral("subject"), QString::fromUtf8(c.subject)},
                         {QStringLiteral("category"), QString::fromLatin1(c.category)},
                         {QStringLiteral("priority"), QString::fromLatin1(kPriorities[i % 7])},
                         {QStringLiteral("channel"), QString::fromLatin1(kChannels[i % 6])},
                         {QStringLiteral("team"), QString::fromUtf8(kTeams[i % 4])},
                         {QStringLiteral("account"), who.account},
                         {QStringLiteral("description"), QString::fromUtf8(c.customer)},
                         {QStringLiteral("opened_at"), opened.toString(Qt::ISODate)}};
        if (!who.contact.isEmpty())
            v.insert(QStringLiteral("contact"), who.contact);
        // The newest tickets are still new and wait in the Unassigned queue; the rest were taken.
        const int age = total - i;
        if (!who.owner.isEmpty() && age > 6)
            v.insert(QStringLiteral("owner"), who.owner);
        auto id = service.create(v, opened);
        if (!id)
            return id.error();
        if (age <= 6)
            continue;
        if (i % 3 == 0) {
            auto n = service.note(id.value(), QStringLiteral("Revisado el historial del cliente."), {}, opened.addSecs(900));
            if (!n)
                return n.error();
        }
        auto r = service.reply(id.value(), QString::fromUtf8(c.reply), {}, opened.addSecs(3600 + (i % 4) * 1800));
        if (!r)
            return r.error();
        if (age <= 14) {
            if (i % 2 == 0)
                if (Status s = RecordStore(db).update(QStringLiteral("ticket"), id.value(), {{QStringLiteral("status"), QStringLiteral("waiting_customer")}}); !s)
                    return s.error();
            continue;
        }
        auto m = service.customerMessage(id.value(), QStringLiteral("Gracias, quedamos a la espera."), {}, opened.addSecs(7200 + (i % 3) * 3600));
        if (!m)
            return m.error();
        if (age <= 22 && i % 2 == 1)
            continue; // still open
        if (Status s = service.resolveTicket(id.value(), QString::fromUtf8(c.resolution), opened.addSecs(20 * 3600)); !s)
            return s.error();
        if (age > 30) {
            std::optional<int> satisfaction;
            if (i % 4 != 0)
                satisfaction = 3 + (i % 3);
            if (Status s = service.close(id.value(), satisfaction, opened.addSecs(22 * 3600)); !s)
                return s.error();
            if (i % 11 == 0) { // a few come back
                if (Status s = service.reopen(id.value(), QStringLiteral("El problema ha vuelto a aparecer."), opened.addSecs(40 * 3600)); !s)
                    return s.error();
            }
        }
    }
    return total;
}

} // namespace trato
