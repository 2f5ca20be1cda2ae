// SPDX-License-Identifier: GPL-3.0-or-later
// Service levels in the GUI: the ticket view's coloured SLA badge with its due times, updated when
// the monitor (run on a worker by SlaWatcher) breaches the ticket; the status bar message.
#include "uitestsupport.h"

#include "forms/recordview.h"
#include "store/recordstore.h"
#include "support/slaalertwindow.h"
#include "support/slaviews.h"
#include "support/supportviews.h"
#include "util/background.h"

#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <QStatusBar>

#include <catch2/catch.hpp>

using namespace trato;
using namespace trato::uitest;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }
QDateTime T(const char *iso) { return QDateTime::fromString(S(iso), Qt::ISODate).toUTC(); }
} // namespace

TEST_CASE_METHOD(UiFixture, "the ticket view shows a coloured SLA badge that turns red when the monitor breaches it", "[ui][sla]")
{
    registerSupportViews();
    SlaEngine::setClock([] { return T("2026-11-23T09:00:00Z"); });
    RecordStore store(db());
    auto id = store.create(S("ticket"), {{S("subject"), S("Caldera sin presión")}, {S("priority"), S("urgent")}});
    SlaEngine::setClock({});
    REQUIRE(id.ok());

    RecordView view(db(), S("ticket"));
    view.resize(1000, 700);
    REQUIRE(view.openRecord(id.value()));
    SlaBadge *badge = nullptr;
    for (RecordViewPart *p : view.parts())
        if (auto *b = qobject_cast<SlaBadge *>(p))
            badge = b;
    REQUIRE(badge);
    CHECK(badge->state() == S("on_track"));
    CHECK(badge->badgeText() == S("SLA: On track"));
    CHECK(badge->findChild<QLabel *>(S("slaState"))->styleSheet().contains(SlaBadge::stateColor(S("on_track"))));
    CHECK(badge->detailsText().contains(S("Policy: Urgente")));
    CHECK(badge->detailsText().contains(S("First response due")));
    CHECK(badge->detailsText().contains(S("Resolution due")));
    view.show();
    screenshot(&view, S("sla-badge-on-track"));

    // The watcher runs the monitor on a worker at a pinned time: both targets missed.
    QMainWindow window;
    SlaWatcher watcher(db(), &window, [] { return T("2026-11-23T14:00:00Z"); });
    bool done = false;
    SlaMonitor::Report seen;
    QObject::connect(&watcher, &SlaWatcher::refreshed, [&](const SlaMonitor::Report &r) {
        seen = r;
        done = true;
    });
    watcher.refreshNow();
    REQUIRE(waitFor([&] { return done; }));
    CHECK(seen.breaches.size() == 2);
    CHECK(window.statusBar()->currentMessage().startsWith(S("SLA breached:")));
    // The alert window shows both breaches without taking the focus; Open asks for the ticket.
    SlaAlertWindow *alerts = watcher.alertWindow();
    REQUIRE(alerts);
    CHECK(alerts->isVisible());
    CHECK(alerts->testAttribute(Qt::WA_ShowWithoutActivating));
    REQUIRE(alerts->alertCount() == 2);
    QStringList what;
    for (int i = 0; i < alerts->alertCount(); ++i) {
        what << alerts->list()->topLevelItem(i)->text(2);
        CHECK(alerts->list()->topLevelItem(i)->text(1).startsWith(S("TCK-")));
        CHECK_FALSE(alerts->list()->topLevelItem(i)->text(3).isEmpty()); // the due time
    }
    CHECK(what.contains(S("First response breached")));
    CHECK(what.contains(S("Resolution breached")));
    QStringList opened;
    QObject::connect(&watcher, &SlaWatcher::openRecordRequested, [&](const QString &entity, const QString &id) { opened << entity << id; });
    alerts->list()->setCurrentItem(alerts->list()->topLevelItem(1));
    QTest::mouseClick(alerts->findChild<QPushButton *>(S("openSlaAlert")), Qt::LeftButton);
    REQUIRE(opened.size() == 2);
    CHECK(opened.at(0) == S("ticket"));
    CHECK_FALSE(opened.at(1).isEmpty());
    screenshot(alerts, S("sla-alert-window"));
    REQUIRE(waitFor([&] { return badge->state() == S("breached"); }));
    CHECK(badge->badgeText() == S("SLA: Breached"));
    CHECK(badge->findChild<QLabel *>(S("slaState"))->styleSheet().contains(SlaBadge::stateColor(S("breached"))));
    screenshot(&view, S("sla-badge-breached"));

    // Running again records nothing new and leaves the status bar alone.
    done = false;
    window.statusBar()->clearMessage();
    watcher.refreshNow();
    REQUIRE(waitFor([&] { return done; }));
    CHECK(seen.breaches.isEmpty());
    CHECK(window.statusBar()->currentMessage().isEmpty());
    CHECK(alerts->alertCount() == 2);
    // Clear empties and hides it.
    QTest::mouseClick(alerts->findChild<QPushButton *>(S("clearSlaAlerts")), Qt::LeftButton);
    CHECK(alerts->alertCount() == 0);
    CHECK_FALSE(alerts->isVisible());
    waitForBackgroundWork();
}
