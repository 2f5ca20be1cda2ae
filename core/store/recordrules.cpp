// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordrules.h"

#include "../activities/activityrules.h"
#include "../inventory/catalogrules.h"
#include "../inventory/purchasing.h"
#include "../inventory/stockledger.h"
#include "../sales/pipelines.h"
#include "../sales/salesdocuments.h"
#include "../support/ticketservice.h"
#include "../support/slaengine.h" // support: sla
#include "../support/knowledgebase.h"
#include "../support/servicecontracts.h"

#include <QHash>
#include <QMutex>

#include <mutex>

namespace trato {

namespace {
struct Rules
{
    QMutex mutex;
    QHash<QString, QList<RecordRules::Derive>> derive;
    QHash<QString, QList<RecordRules::AfterWrite>> after;
    QHash<QString, QList<RecordRules::Triggers>> triggers;
    QHash<QString, QList<RecordRules::AfterBulk>> bulk;
    QHash<QString, QList<RecordRules::AfterTrash>> trash;
    QHash<QString, QList<RecordRules::AfterRemote>> remote;
};

Rules &storage()
{
    static Rules r;
    return r;
}

// The built-in modules' rules, registered once on first use (from any thread).
void ensureBuiltins()
{
    static std::once_flag once;
    std::call_once(once, [] {
        ActivityRules::registerRules();
        StockLedger::registerRules();
        CatalogRules::registerRules();
        Purchasing::registerRules();
        Pipelines::registerRules(); // sales: pipeline
        SalesDocuments::registerRules();
        TicketService::registerRules(); // support: tickets
        SlaEngine::registerRules(); // support: sla
        KnowledgeBase::registerRules(); // support: knowledge base and contracts
        ServiceContracts::registerRules();
    });
}
} // namespace

QVariant RecordRules::Write::after(const QString &field) const
{
    if (values.contains(field))
        return values.value(field);
    if (current)
        return current->value(field);
    if (creating) {
        const Field *f = entity.field(field);
        if (f && !f->defaultValue.isEmpty())
            return f->defaultValue;
    }
    return {};
}

bool RecordRules::Write::changes(const QString &field) const
{
    if (!values.contains(field))
        return false;
    if (!current)
        return true;
    const QVariant now = values.value(field);
    const QVariant before = current->value(field);
    if (now.isNull() || before.isNull())
        return now.isNull() != before.isNull();
    return now.toString() != before.toString();
}

void RecordRules::addDerive(const QString &entity, Derive rule)
{
    Rules &r = storage();
    QMutexLocker lock(&r.mutex);
    r.derive[entity] << std::move(rule);
}

void RecordRules::addAfterWrite(const QString &entity, AfterWrite rule)
{
    Rules &r = storage();
    QMutexLocker lock(&r.mutex);
    r.after[entity] << std::move(rule);
}

void RecordRules::addTriggers(const QString &entity, Triggers triggers)
{
    Rules &r = storage();
    QMutexLocker lock(&r.mutex);
    r.triggers[entity] << std::move(triggers);
}

void RecordRules::addAfterBulk(const QString &entity, AfterBulk rule)
{
    Rules &r = storage();
    QMutexLocker lock(&r.mutex);
    r.bulk[entity] << std::move(rule);
}

void RecordRules::addAfterTrash(const QString &entity, AfterTrash rule)
{
    Rules &r = storage();
    QMutexLocker lock(&r.mutex);
    r.trash[entity] << std::move(rule);
}

void RecordRules::addAfterRemote(const QString &entity, AfterRemote rule)
{
    Rules &r = storage();
    QMutexLocker lock(&r.mutex);
    r.remote[entity] << std::move(rule);
}

QList<RecordRules::AfterRemote> RecordRules::afterRemotes(const QString &entity)
{
    ensureBuiltins();
    Rules &r = storage();
    QMutexLocker lock(&r.mutex);
    return r.remote.value(entity);
}

QList<RecordRules::AfterTrash> RecordRules::afterTrashes(const QString &entity)
{
    ensureBuiltins();
    Rules &r = storage();
    QMutexLocker lock(&r.mutex);
    return r.trash.value(entity);
}

QStringList RecordRules::triggers(const QString &entity)
{
    ensureBuiltins();
    QList<Triggers> sources;
    {
        Rules &r = storage();
        QMutexLocker lock(&r.mutex);
        sources = r.triggers.value(entity);
    }
    QStringList out;
    for (const auto &source : sources)
        out << source();
    return out;
}

QList<RecordRules::AfterBulk> RecordRules::afterBulks(const QString &entity)
{
    ensureBuiltins();
    Rules &r = storage();
    QMutexLocker lock(&r.mutex);
    return r.bulk.value(entity);
}

QList<RecordRules::Derive> RecordRules::derives(const QString &entity)
{
    ensureBuiltins();
    Rules &r = storage();
    QMutexLocker lock(&r.mutex);
    return r.derive.value(entity);
}

QList<RecordRules::AfterWrite> RecordRules::afterWrites(const QString &entity)
{
    ensureBuiltins();
    Rules &r = storage();
    QMutexLocker lock(&r.mutex);
    return r.after.value(entity);
}

bool RecordRules::hasRules(const QString &entity)
{
    ensureBuiltins();
    Rules &r = storage();
    QMutexLocker lock(&r.mutex);
    return r.derive.contains(entity) || r.after.contains(entity);
}

} // namespace trato
