// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "businesshours.h"

#include <QDateTime>
#include <QList>
#include <QVariantMap>

#include <functional>

namespace trato {

class Database;

// Service levels (issue 7): which policy applies to a ticket, its first-response and resolution
// due times on business hours, the pause while waiting on the customer, the reopen rule and the
// state of the clock. Runs as RecordRules on business_calendar, sla_policy and ticket, so every write
// path (forms, trato-cli, import, services) gets the same targets.
class SlaEngine
{
public:
    static void registerRules();

    // "Now" for the write rules (tests and `--now` pin it); an invalid value restores the real clock.
    static void setClock(std::function<QDateTime()> clock);
    static QDateTime now();

    // The default calendar ("Horario laboral", mon-fri 09:00-18:00, Europe/Madrid), created when
    // there is no calendar at all. Returns its id.
    static Result<QString> ensureDefaultCalendar(Database &db);
    // The default policies (urgent 60/240, high 240/960, normal 480/2400, low 960/4800 business
    // minutes), created once: only when the database has no sla_policy row at all (trashed ones count).
    static Status ensureDefaultPolicies(Database &db);

    // The active policy for a priority and an account's tier (the account's support_tier, standard
    // when unset): the one with that tier, else the one with an empty tier. Empty when none.
    static Result<QString> policyFor(Database &db, const QString &priority, const QString &accountId);
    // The calendar a policy counts on (its own, else the default one).
    static Result<BusinessHours> calendarFor(Database &db, const QString &policyId);

    // The state of a ticket's clock at `now` from its stored values: none, paused, breached, met,
    // at_risk (>= warn_percent of a target's business time used) or on_track.
    static QString stateAt(Database &db, const QVariantMap &ticket, const QDateTime &now);
};

// Re-evaluates the clocks of open tickets: sets sla_state and records one sla_breach per ticket and
// target when a due time passed unmet (or was met late). Safe to run any number of times.
class SlaMonitor
{
public:
    struct Change
    {
        QString ticket;   // id
        QString number;   // the ticket's number and subject, for messages
        QString from;     // previous sla_state
        QString to;       // new sla_state
    };
    struct Breach
    {
        QString ticket;
        QString number;
        QString kind;     // first_response | resolution
        QString dueAt;    // ISO UTC
    };
    struct Report
    {
        QList<Change> changes;      // every state that changed
        QList<Change> warnings;     // tickets that became at_risk now
        QList<Breach> breaches;     // breach records written now
        int checked = 0;
    };
    static Result<Report> refresh(Database &db, const QDateTime &now);
};

} // namespace trato
