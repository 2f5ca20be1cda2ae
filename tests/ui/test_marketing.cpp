// SPDX-License-Identifier: GPL-3.0-or-later
// The Marketing views: a campaign's Members tab and figures, the Add members dialog, the lead list's
// status quick filter, the contact card and the account summary, "Add to campaign…".
#include "uitestsupport.h"

#include "forms/recordview.h"
#include "marketing/addmembersdialog.h"
#include "marketing/addtocampaign.h"
#include "marketing/campaignfigures.h"
#include "marketing/campaignmembersview.h"
#include "marketing/campaignservice.h"
#include "marketing/leadstatusfilter.h"
#include "marketing/marketingviews.h"
#include "marketing/recordheaders.h"
#include "models/recordlistmodel.h"
#include "search/segmentstore.h"
#include "shell/mainwindow.h"
#include "store/recordstore.h"
#include "views/recordlistview.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace trato;
using namespace trato::uitest;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }

template<typename T>
T *part(RecordView &view)
{
    for (RecordViewPart *p : view.parts())
        if (auto *t = qobject_cast<T *>(p))
            return t;
    return nullptr;
}

qint64 members(Database &db, const QString &campaign)
{
    ListQuery q;
    q.entity = S("campaign_member");
    q.where = {{S("campaign"), campaign}};
    return RecordStore(db).count(q).value();
}

} // namespace

TEST_CASE_METHOD(UiFixture, "a campaign's Members tab adds members through the dialog, sets status and removes, and the figures follow", "[ui][marketing]")
{
    registerMarketingViews();
    const QString c = addRecord(db(), S("campaign"), {{S("name"), S("Feria de Otoño")}, {S("type"), S("email")},
                                                      {S("budget"), S("2000")}, {S("actual_cost"), S("1500")},
                                                      {S("expected_response"), S("10")}});
    for (int i = 0; i < 12; ++i)
        addRecord(db(), S("contact"), {{S("first_name"), S("Persona")}, {S("last_name"), S("Número %1").arg(i)},
                                       {S("city"), i < 8 ? S("Madrid") : S("Bilbao")},
                                       {S("email_opt_out"), i == 0 ? S("yes") : S("no")}});
    addRecord(db(), S("lead"), {{S("last_name"), S("Interesado")}, {S("campaign"), c}});

    RecordView view(db(), S("campaign"));
    view.resize(1000, 700);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(view.openRecord(c));
    auto *membersView = part<CampaignMembersView>(view);
    auto *figures = part<CampaignFigures>(view);
    REQUIRE(membersView);
    REQUIRE(figures);
    CHECK(view.tabs()->indexOf(membersView) >= 0);
    REQUIRE(waitFor([&] { return figures->isUpToDate() && figures->figure(S("members")) == S("0"); }));
    CHECK(figures->figure(S("leads")).startsWith(S("1")));
    CHECK(figures->figure(S("won_revenue")) == S("0.00")); // opportunities exist (Comercial), none won
    CHECK(figures->figure(S("response")) == S("n/a"));

    // Add members: contacts in Madrid; the preview counts first (one opted out of email).
    bool dialogChecked = false;
    onNextModal([&](QWidget *w) {
        auto *dialog = qobject_cast<AddMembersDialog *>(w);
        if (!dialog)
            return false;
        dialog->entityBox()->setCurrentIndex(dialog->entityBox()->findData(S("contact")));
        dialog->filterFieldBox()->setCurrentIndex(dialog->filterFieldBox()->findData(S("city")));
        dialog->filterValueEdit()->setText(S("Madrid"));
        if (!waitFor([&] { return dialog->previewReady() && dialog->addButton()->isEnabled(); }))
            return false;
        CHECK(dialog->previewText().contains(S("8 found: 7 will be added")));
        CHECK(dialog->previewText().contains(S("1 skipped: opted out of email")));
        screenshot(dialog, S("ui-add-members.png"));
        dialogChecked = true;
        QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
        return true;
    });
    QTest::mouseClick(membersView->findChild<QPushButton *>(S("addMembers")), Qt::LeftButton);
    REQUIRE(dialogChecked);
    CHECK(members(db(), c) == 7);
    REQUIRE(waitFor([&] { return membersView->model()->rowCount() == 7; }));
    REQUIRE(waitFor([&] { return figures->isUpToDate() && figures->figure(S("members")) == S("7"); }));

    // Set status on two selected members through the menu.
    view.tabs()->setCurrentWidget(membersView);
    QTableView *table = membersView->table();
    table->selectionModel()->select(membersView->model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(membersView->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    auto *statusButton = membersView->findChild<QToolButton *>(S("setStatus"));
    REQUIRE(statusButton->isEnabled());
    QAction *responded = statusButton->menu()->findChild<QAction *>(S("status_responded"));
    REQUIRE(responded);
    responded->trigger();
    REQUIRE(waitFor([&] { return figures->isUpToDate() && figures->figure(S("response")).contains(S("(2)")); }));
    CHECK(figures->figure(S("cost_per_response")).contains(S("750")));
    REQUIRE(waitFor([&] {
        return membersView->model()->rowCount() == 7
            && membersView->model()->index(0, CampaignMemberModel::Status).data().toString() == S("Responded");
    }));
    screenshot(&view, S("ui-campaign.png"));

    // Remove one member after confirming.
    table->selectionModel()->clearSelection();
    table->selectionModel()->select(membersView->model()->index(6, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    auto answered = answerNextMessageBox(QMessageBox::Yes);
    QTest::mouseClick(membersView->findChild<QPushButton *>(S("removeMembers")), Qt::LeftButton);
    CHECK(answered->seen);
    CHECK(members(db(), c) == 6);
    REQUIRE(waitFor([&] { return figures->isUpToDate() && figures->figure(S("members")) == S("6"); }));
}

TEST_CASE_METHOD(UiFixture, "the lead list offers status quick filters with counts", "[ui][marketing]")
{
    registerMarketingViews();
    const QStringList statuses = {S("new"), S("new"), S("new"), S("contacted"), S("qualified"), S("converted")};
    for (int i = 0; i < statuses.size(); ++i)
        addRecord(db(), S("lead"), {{S("last_name"), S("Lead %1").arg(i)}, {S("status"), statuses[i]}});
    MainWindow w(db());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE(w.showPageByName(S("lead")));
    RecordListView *list = w.currentListView();
    auto *bar = list->findChild<LeadStatusFilter *>();
    REQUIRE(bar);
    REQUIRE(waitFor([&] { return bar->countsReady() && bar->button(QString())->text() == S("All (6)"); }));
    CHECK(bar->button(S("new"))->text() == S("New (3)"));
    CHECK(bar->button(S("contacted"))->text() == S("Contacted (1)"));
    CHECK(bar->button(S("disqualified"))->text() == S("Disqualified (0)"));
    QTest::mouseClick(bar->button(S("new")), Qt::LeftButton);
    CHECK(bar->currentStatus() == S("new"));
    REQUIRE(waitFor([&] { return list->model()->totalCount() == 3; }));
    screenshot(&w, S("ui-lead-status.png"));
    // The counts follow the search box; the chosen status stays.
    typeText(list->filterEdit(), S("Lead 1"));
    REQUIRE(waitFor([&] { return bar->countsReady() && bar->button(QString())->text() == S("All (1)"); }));
    CHECK(bar->button(S("new"))->text() == S("New (1)"));
    list->filterEdit()->clear();
    QTest::mouseClick(bar->button(QString()), Qt::LeftButton);
    REQUIRE(waitFor([&] { return list->model()->totalCount() == 6; }));
    // A new lead updates the counts.
    addRecord(db(), S("lead"), {{S("last_name"), S("Nuevo")}, {S("status"), S("disqualified")}, {S("disqualified_reason"), S("duplicate")}});
    REQUIRE(waitFor([&] { return bar->button(S("disqualified"))->text() == S("Disqualified (1)"); }));
}

TEST_CASE_METHOD(UiFixture, "the contact card shows role, account, phones and email with their badges", "[ui][marketing]")
{
    registerMarketingViews();
    const QString account = addRecord(db(), S("account"), {{S("name"), S("Talleres Ruiz S.L.")}, {S("type"), S("customer")},
                                                           {S("industry"), S("manufacturing")}, {S("city"), S("Zaragoza")},
                                                           {S("phone"), S("976 11 22 33")}});
    const QString ana = addRecord(db(), S("contact"), {{S("first_name"), S("Ana")}, {S("last_name"), S("Ruiz")}, {S("account"), account},
                                                       {S("title"), S("Jefa de compras")}, {S("phone"), S("976 000 111")},
                                                       {S("mobile"), S("600 123 456")}, {S("email"), S("ana@ruiz.es")},
                                                       {S("do_not_call"), S("yes")}, {S("email_opt_out"), S("yes")},
                                                       {S("best_time"), S("morning")}, {S("city"), S("Zaragoza")}});
    const QString bea = addRecord(db(), S("contact"), {{S("last_name"), S("Soler")}, {S("email"), S("bea@x.es")}});
    addRecord(db(), S("lead"), {{S("last_name"), S("Pérez")}, {S("company"), S("Talleres Ruiz S.L.")}});
    addRecord(db(), S("lead"), {{S("last_name"), S("Gil")}, {S("company"), S("talleres ruiz s.l.")}, {S("status"), S("contacted")}});
    addRecord(db(), S("lead"), {{S("last_name"), S("Old")}, {S("company"), S("Talleres Ruiz S.L.")}, {S("status"), S("converted")}});

    RecordView view(db(), S("contact"));
    view.resize(900, 650);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(view.openRecord(ana));
    auto *card = part<ContactCard>(view);
    REQUIRE(card);
    CHECK(card->isVisible());
    CHECK(card->line(S("role")) == S("Jefa de compras at"));
    CHECK(card->line(S("account")) == S("Talleres Ruiz S.L."));
    CHECK(card->line(S("phones")).contains(S("600 123 456")));
    CHECK(card->line(S("email")) == S("ana@ruiz.es"));
    CHECK(card->line(S("best_time")) == S("Morning"));
    CHECK(card->line(S("city")) == S("Zaragoza"));
    CHECK(card->doNotCallShown());
    CHECK(card->optOutShown());
    screenshot(&view, S("ui-contact-card.png"));
    REQUIRE(view.openRecord(bea));
    CHECK_FALSE(card->doNotCallShown());
    CHECK_FALSE(card->optOutShown());
    // A change saved elsewhere shows at once.
    REQUIRE(RecordStore(db()).update(S("contact"), bea, {{S("do_not_call"), 1}}).ok());
    REQUIRE(waitFor([&] { return card->doNotCallShown(); }));

    RecordView accountView(db(), S("account"));
    accountView.resize(900, 600);
    accountView.show();
    REQUIRE(accountView.openRecord(account));
    auto *summary = part<AccountSummaryHeader>(accountView);
    REQUIRE(summary);
    CHECK(summary->line(S("type")) == S("Customer"));
    CHECK(summary->line(S("industry")) == S("Manufacturing"));
    CHECK(summary->line(S("city")) == S("Zaragoza"));
    REQUIRE(waitFor([&] { return summary->line(S("contacts")) == S("1"); }));
    CHECK(summary->line(S("open_leads")) == S("2"));
    screenshot(&accountView, S("ui-account-summary.png"));
}

TEST_CASE_METHOD(UiFixture, "Add to campaign… from a contact makes it a member once", "[ui][marketing]")
{
    registerMarketingViews();
    const QString c = addRecord(db(), S("campaign"), {{S("name"), S("Webinar")}, {S("type"), S("webinar")}});
    addRecord(db(), S("campaign"), {{S("name"), S("Old one")}, {S("status"), S("completed")}});
    const QString ana = addRecord(db(), S("contact"), {{S("last_name"), S("Ruiz")}});
    RecordView view(db(), S("contact"));
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(view.openRecord(ana));
    auto *action = part<AddToCampaignButton>(view);
    REQUIRE(action);
    CHECK(action->isVisible());
    bool seen = false;
    onNextModal([&](QWidget *w) {
        auto *dialog = qobject_cast<ChooseCampaignDialog *>(w);
        if (!dialog)
            return false;
        seen = true;
        CHECK(dialog->campaignBox()->count() == 1); // completed campaigns are not offered
        CHECK(dialog->campaignId() == c);
        dialog->accept();
        return true;
    });
    QTest::mouseClick(action->button(), Qt::LeftButton);
    REQUIRE(seen);
    CHECK(members(db(), c) == 1);
    // Now it is in the campaign: the dialog has nothing left to offer.
    onNextModal([&](QWidget *w) {
        auto *dialog = qobject_cast<ChooseCampaignDialog *>(w);
        if (!dialog)
            return false;
        CHECK(dialog->campaignBox()->count() == 0);
        dialog->reject();
        return true;
    });
    QTest::mouseClick(action->button(), Qt::LeftButton);
    CHECK(members(db(), c) == 1);
}

TEST_CASE_METHOD(UiFixture, "the Add members dialog starts from a saved segment", "[ui][marketing]")
{
    const QString c = addRecord(db(), S("campaign"), {{S("name"), S("Norte")}, {S("type"), S("event")}});
    for (int i = 0; i < 5; ++i)
        addRecord(db(), S("contact"), {{S("last_name"), S("Persona %1").arg(i)}, {S("city"), i < 3 ? S("Bilbao") : S("Cádiz")}});
    Segment seg;
    seg.entity = S("contact");
    seg.name = S("Bilbao");
    seg.conditions = {Condition{S("city"), Condition::Equals, S("Bilbao")}};
    REQUIRE(SegmentStore(db()).add(seg).ok());
    AddMembersDialog dialog(db(), c);
    dialog.show();
    REQUIRE(waitFor([&] { return dialog.previewReady(); }));
    CHECK(dialog.previewText().startsWith(S("5 found")));
    REQUIRE(dialog.segmentBox()->count() == 2);
    dialog.segmentBox()->setCurrentIndex(1);
    REQUIRE(waitFor([&] { return dialog.previewReady() && dialog.previewText().startsWith(S("3 found")); }));
    dialog.startAdd();
    REQUIRE(waitFor([&] { return dialog.result() == QDialog::Accepted; }));
    CHECK(dialog.summary().startsWith(S("3 found: 3 added")));
    CHECK(members(db(), c) == 3);
}

TEST_CASE_METHOD(UiFixture, "a status change on many members runs on a worker and the list and figures follow", "[ui][marketing]")
{
    registerMarketingViews();
    const QString c = addRecord(db(), S("campaign"), {{S("name"), S("Masiva")}, {S("type"), S("direct_mail")}});
    QStringList ids;
    for (int i = 0; i < CampaignMembersView::kForegroundLimit + 50; ++i)
        ids << addRecord(db(), S("account"), {{S("name"), S("Cuenta %1").arg(i)}});
    REQUIRE(CampaignService(db()).addMembers(c, S("account"), ids).value().added == ids.size());
    RecordView view(db(), S("campaign"));
    view.show();
    REQUIRE(view.openRecord(c));
    auto *membersView = part<CampaignMembersView>(view);
    auto *figures = part<CampaignFigures>(view);
    view.tabs()->setCurrentWidget(membersView);
    REQUIRE(waitFor([&] { return membersView->model()->rowCount() > 0; }));
    while (membersView->model()->canFetchMore())
        membersView->model()->fetchMore();
    membersView->table()->selectAll();
    REQUIRE(membersView->selectedMemberIds().size() == ids.size());
    REQUIRE(membersView->setStatusOfSelected(S("sent")));
    CHECK(membersView->isBusy());
    REQUIRE(waitFor([&] { return !membersView->isBusy(); }));
    REQUIRE(waitFor([&] { return figures->isUpToDate() && figures->figure(S("members")) == S("250"); }));
    ListQuery q;
    q.entity = S("campaign_member");
    q.where = {{S("campaign"), c}, {S("status"), S("sent")}};
    CHECK(RecordStore(db()).count(q).value() == ids.size());
}
