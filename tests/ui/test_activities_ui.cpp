// SPDX-License-Identifier: GPL-3.0-or-later
// Completing activities in the GUI: the Complete dialog (prefilled from the follow-up rule, the
// lead closed with a reason, the team's "require" refusal), the Complete… button and list action,
// and stalled rows flagged in lists.
#include "uitestsupport.h"

#include "activities/activityactions.h"
#include "activities/activityservice.h"
#include "activities/activityviews.h"
#include "activities/completebutton.h"
#include "activities/completedialog.h"
#include "forms/recordview.h"
#include "settings/activitiespage.h"
#include "models/recordlistmodel.h"
#include "store/recordstore.h"
#include "store/sqlite.h"
#include "views/listviewextensions.h"
#include "views/recordlistview.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace trato;
using namespace trato::uitest;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }

QString activity(Database &db, const QMap<QString, QString> &fields)
{
    QMap<QString, QString> f = fields;
    if (!f.contains(S("kind")))
        f[S("kind")] = S("call");
    if (!f.contains(S("subject")))
        f[S("subject")] = S("Llamada de seguimiento");
    if (!f.contains(S("start_at")))
        f[S("start_at")] = S("2030-05-04T10:00:00Z");
    return addRecord(db, S("activity"), f);
}

Record get(Database &db, const QString &entity, const QString &id)
{
    auto r = RecordStore(db).get(entity, id);
    REQUIRE(r.ok());
    return r.value();
}

void selectOutcome(QComboBox *combo, const char *key)
{
    const int i = combo->findData(S(key));
    REQUIRE(i >= 0);
    combo->setCurrentIndex(i);
}
} // namespace

TEST_CASE_METHOD(UiFixture, "the Complete dialog proposes the rule's next step, editable, and creates it", "[ui][activities]")
{
    const QString ana = addRecord(db(), S("contact"), {{S("first_name"), S("Ana")}, {S("last_name"), S("Ruiz")}});
    const QString call = activity(db(), {{S("contact"), ana}});
    CompleteDialog dialog(db(), call);
    auto *outcome = dialog.findChild<QComboBox *>(S("outcome"));
    auto *nextStep = dialog.findChild<QRadioButton *>(S("nextStep"));
    auto *kind = dialog.findChild<QComboBox *>(S("nextKind"));
    auto *subject = dialog.findChild<QLineEdit *>(S("nextSubject"));
    auto *when = dialog.findChild<QDateTimeEdit *>(S("nextAt"));
    auto *close = dialog.findChild<QRadioButton *>(S("closeLead"));
    REQUIRE(outcome);
    REQUIRE(subject);
    CHECK(outcome->currentData().toString() == S("reached"));
    CHECK(nextStep->isChecked());
    CHECK(kind->currentData().toString() == S("call"));
    CHECK(subject->text() == S("Follow-up call with Ana Ruiz"));
    CHECK_FALSE(close->isEnabled()); // about a contact: no lead to close
    dialog.show();
    screenshot(&dialog, S("complete-dialog"));

    // Another outcome, another proposal.
    selectOutcome(outcome, "interested");
    CHECK(kind->currentData().toString() == S("meeting"));
    CHECK(subject->text() == S("Meeting with Ana Ruiz"));
    // The user changes it before completing.
    subject->clear();
    typeText(subject, S("Demostración en la oficina"));
    const QDateTime at(QDate(2030, 6, 1), QTime(9, 30), Qt::LocalTime);
    when->setDateTime(at);
    typeText(dialog.findChild<QWidget *>(S("outcomeNotes")), S("Wants a demo"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const Record done = get(db(), S("activity"), call);
    CHECK(done.value(S("status")).toString() == S("completed"));
    CHECK(done.value(S("outcome")).toString() == S("interested"));
    CHECK(done.value(S("outcome_notes")).toString() == S("Wants a demo"));
    REQUIRE_FALSE(dialog.nextId().isEmpty());
    const Record next = get(db(), S("activity"), dialog.nextId());
    CHECK(next.value(S("subject")).toString() == S("Demostración en la oficina"));
    CHECK(next.value(S("kind")).toString() == S("meeting"));
    CHECK(next.value(S("start_at")).toString() == at.toUTC().toString(Qt::ISODate));
    CHECK(next.value(S("follows")).toString() == call);
}

TEST_CASE_METHOD(UiFixture, "in require mode the dialog offers no 'no next step', closes the lead, and shows a refusal", "[ui][activities]")
{
    const QString lead = addRecord(db(), S("lead"), {{S("first_name"), S("Luis")}, {S("last_name"), S("Gil")}});
    REQUIRE(ActivityService::setStrictness(db(), ActivityService::Strictness::Require).ok());
    const QString call = activity(db(), {{S("lead"), lead}});
    {
        CompleteDialog dialog(db(), call);
        auto *noNext = dialog.findChild<QRadioButton *>(S("noNextStep"));
        auto *close = dialog.findChild<QRadioButton *>(S("closeLead"));
        auto *reason = dialog.findChild<QLabel *>(S("noNextReason"));
        CHECK_FALSE(noNext->isEnabled());
        CHECK_FALSE(reason->isHidden());
        CHECK(reason->text().contains(S("requires")));
        dialog.show();
        screenshot(&dialog, S("complete-dialog-require"));
        // Not interested: the rule closes the lead.
        selectOutcome(dialog.findChild<QComboBox *>(S("outcome")), "not_interested");
        CHECK(close->isChecked());
        auto *reasons = dialog.findChild<QComboBox *>(S("closeReason"));
        CHECK(reasons->currentData().toString() == S("no_interest"));
        reasons->setCurrentIndex(reasons->findData(S("no_budget")));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    const Record l = get(db(), S("lead"), lead);
    CHECK(l.value(S("status")).toString() == S("disqualified"));
    CHECK(l.value(S("disqualified_reason")).toString() == S("no_budget"));

    // The policy tightened while the dialog was open: the refusal is shown, the dialog stays, nothing is written.
    REQUIRE(ActivityService::setStrictness(db(), ActivityService::Strictness::Suggest).ok());
    const QString lead2 = addRecord(db(), S("lead"), {{S("last_name"), S("Soler")}});
    const QString call2 = activity(db(), {{S("lead"), lead2}});
    CompleteDialog dialog(db(), call2);
    dialog.show();
    auto *noNext = dialog.findChild<QRadioButton *>(S("noNextStep"));
    REQUIRE(noNext->isEnabled());
    noNext->setChecked(true);
    REQUIRE(ActivityService::setStrictness(db(), ActivityService::Strictness::Require).ok());
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    CHECK(dialog.isVisible());
    auto *error = dialog.findChild<QLabel *>(S("completeError"));
    CHECK_FALSE(error->isHidden());
    CHECK(error->text().contains(S("next step")));
    CHECK(get(db(), S("activity"), call2).value(S("status")).toString() == S("planned"));
    dialog.reject();
}

TEST_CASE_METHOD(UiFixture, "Complete… on the activity view and in the list's context menu", "[ui][activities]")
{
    registerActivityViews();
    const QString call = activity(db(), {});
    RecordView view(db(), S("activity"));
    REQUIRE(view.openRecord(call));
    CompleteButton *button = nullptr;
    for (RecordViewPart *p : view.parts())
        if (auto *b = qobject_cast<CompleteButton *>(p))
            button = b;
    REQUIRE(button);
    CHECK(button->button()->isEnabled());
    view.resize(900, 700);
    view.show();
    screenshot(&view, S("activity-record-view"));
    bool seen = false;
    onNextModal([&](QWidget *w) {
        auto *dialog = qobject_cast<CompleteDialog *>(w);
        if (!dialog)
            return false;
        seen = true;
        dialog->findChild<QRadioButton *>(S("noNextStep"))->setChecked(true);
        dialog->accept();
        return true;
    });
    QTest::mouseClick(button->button(), Qt::LeftButton);
    CHECK(seen);
    CHECK(get(db(), S("activity"), call).value(S("status")).toString() == S("completed"));
    CHECK_FALSE(button->button()->isEnabled()); // completed: nothing left to complete

    const QString open = activity(db(), {{S("subject"), S("Otra")}});
    RecordListView list(db(), S("activity"), RecordListView::Mode::Records);
    QMenu menu;
    ListViewExtensions::appendContextActions(&menu, db(), &list, {open});
    auto *action = menu.findChild<QAction *>(S("completeActivityAction"));
    REQUIRE(action);
    CHECK(action->isEnabled());
    QMenu done;
    ListViewExtensions::appendContextActions(&done, db(), &list, {call});
    CHECK_FALSE(done.findChild<QAction *>(S("completeActivityAction"))->isEnabled());
}

TEST_CASE_METHOD(UiFixture, "stalled leads are flagged in the lead list until they get a next step", "[ui][activities]")
{
    const QString lead = addRecord(db(), S("lead"), {{S("first_name"), S("Luis")}, {S("last_name"), S("Gil")}});
    addRecord(db(), S("lead"), {{S("last_name"), S("Perdido")}, {S("status"), S("disqualified")}, {S("disqualified_reason"), S("other")}});
    RecordListView list(db(), S("lead"), RecordListView::Mode::Records);
    RecordListModel *model = list.model();
    model->setVisibleFields(model->visibleFields() << S("next_step_at"));
    REQUIRE(waitFor([&] { return model->rowCount() == 2; }));
    const int nextColumn = int(model->visibleFields().indexOf(S("next_step_at")));
    int flagged = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex first = model->index(row, 0);
        if (model->data(first, RecordListModel::IdRole).toString() == lead) {
            CHECK(model->data(first, RecordListModel::FlagRole).toString() == S("Stalled"));
            CHECK(model->data(model->index(row, nextColumn), Qt::DisplayRole).toString() == S("Stalled"));
            ++flagged;
        } else {
            CHECK(model->data(first, RecordListModel::FlagRole).toString().isEmpty()); // disqualified: not stalled
        }
    }
    CHECK(flagged == 1);
    list.resize(900, 300);
    list.show();
    screenshot(&list, S("stalled-leads"));

    activity(db(), {{S("lead"), lead}});
    REQUIRE(waitFor([&] {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->data(model->index(row, 0), RecordListModel::IdRole).toString() == lead)
                return model->data(model->index(row, 0), RecordListModel::FlagRole).toString().isEmpty();
        return false;
    }));
}

TEST_CASE_METHOD(UiFixture, "Settings → Activities sets the sales loop and edits the follow-up rules", "[ui][activities]")
{
    QDialog dialog;
    auto *page = new ActivitiesPage(db(), &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(page);
    dialog.resize(900, 520);
    dialog.show();
    screenshot(&dialog, S("settings-activities"));
    auto *require = page->findChild<QRadioButton *>(S("salesLoopRequire"));
    auto *table = page->findChild<QTableWidget *>(S("followUpRules"));
    REQUIRE(require);
    REQUIRE(table);
    CHECK(table->rowCount() == FollowUpRules::defaults().size());
    // Nothing changed: the defaults are saved as they are.
    CHECK(page->rules() == FollowUpRules::defaults());
    require->setChecked(true);
    int noAnswer = -1;
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->data(Qt::UserRole).toString() == S("no_answer"))
            noAnswer = row;
    REQUIRE(noAnswer >= 0);
    qobject_cast<QSpinBox *>(table->cellWidget(noAnswer, 3))->setValue(4);
    auto *subject = qobject_cast<QLineEdit *>(table->cellWidget(noAnswer, 4));
    subject->setText(S("Volver a llamar a %1"));
    dialog.accept(); // the page saves with the dialog
    CHECK(ActivityService::strictness(db()) == ActivityService::Strictness::Require);
    const FollowUpRule saved = FollowUpRules::forOutcome(FollowUpRules::load(db()), S("no_answer"));
    CHECK(saved.delayMinutes == 4 * 60);
    CHECK(saved.subject == S("Volver a llamar a %1"));
    CHECK_FALSE(saved.builtinSubject);
    CHECK(FollowUpRules::forOutcome(FollowUpRules::load(db()), S("reached")) == FollowUpRules::forOutcome(FollowUpRules::defaults(), S("reached")));

    // A rule that cannot be saved (a next activity without a subject) is refused with its reason.
    ActivitiesPage second(db());
    auto *table2 = second.findChild<QTableWidget *>(S("followUpRules"));
    qobject_cast<QLineEdit *>(table2->cellWidget(0, 4))->clear();
    const Status s = second.save();
    CHECK_FALSE(s.ok());
    CHECK(s.error().message.contains(S("subject")));
    CHECK(FollowUpRules::forOutcome(FollowUpRules::load(db()), S("no_answer")).subject == S("Volver a llamar a %1"));
}
