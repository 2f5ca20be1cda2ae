// SPDX-License-Identifier: GPL-3.0-or-later
// The knowledge base in the GUI: the Customer service → Knowledge base page (search on a worker,
// the article on the right) and a ticket's Articles tab (suggestions, insert into a reply, helped).
#include "uitestsupport.h"

#include "forms/recordviewextensions.h"
#include "store/recordstore.h"
#include "store/sqlite.h"
#include "support/kbviews.h"
#include "support/supportviews.h"
#include "models/recordlistmodel.h"
#include "views/moduleviewextensions.h"
#include "views/recordlistview.h"

#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

#include <catch2/catch.hpp>

using namespace trato;
using namespace trato::uitest;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }

qint64 scalar(Database &db, const QString &sql, const QVariantList &params = {})
{
    auto q = Sql::exec(db.connection(), sql, params);
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    return q.value().value(0).toLongLong();
}

void articles(Database &db)
{
    addRecord(db, S("kb_article"), {{S("title"), S("Cómo restablecer la contraseña")}, {S("category"), S("Cuenta")},
                                    {S("status"), S("published")},
                                    {S("body"), S("1. Abra la página de acceso.\n2. Pulse «He olvidado mi contraseña».\n3. Siga el enlace del correo.")}});
    addRecord(db, S("kb_article"), {{S("title"), S("Configurar la impresora de red")}, {S("category"), S("Impresión")},
                                    {S("status"), S("published")}, {S("body"), S("Use la contraseña del router si la pide.")}});
    addRecord(db, S("kb_article"), {{S("title"), S("Contraseña del wifi")}, {S("category"), S("Redes")}, {S("status"), S("draft")},
                                    {S("body"), S("Borrador.")}});
}
} // namespace

TEST_CASE_METHOD(UiFixture, "the knowledge base page searches as you type and shows the chosen article", "[ui][support]")
{
    articles(db());
    registerSupportViews();
    const auto factories = ModuleViewExtensions::pages(Module::Support, ModuleViewExtensions::Placement::AfterLists);
    KnowledgeBasePage *page = nullptr;
    std::unique_ptr<QWidget> holder;
    for (const auto &f : factories) {
        QWidget *w = f(db());
        if (auto *kb = qobject_cast<KnowledgeBasePage *>(w)) {
            page = kb;
            holder.reset(w);
            break;
        }
        delete w;
    }
    REQUIRE(page);
    page->resize(960, 520);
    page->show();
    QSignalSpy done(page, &KnowledgeBasePage::searchFinished);
    typeText(page->findChild<QLineEdit *>(S("kbSearch")), S("contrasena"));
    REQUIRE(waitFor([&] { return done.count() > 0 && page->results()->rowCount() == 2; }));
    CHECK(page->results()->item(0, 0)->text() == S("Cómo restablecer la contraseña"));
    CHECK(page->results()->item(0, 1)->text() == S("Cuenta"));
    CHECK(page->results()->item(0, 2)->text() == S("0"));
    CHECK(page->articleView()->toPlainText().contains(S("Siga el enlace del correo.")));
    QSignalSpy open(page, &KnowledgeBasePage::openRecord);
    QTest::mouseClick(page->findChild<QPushButton *>(S("kbEdit")), Qt::LeftButton);
    REQUIRE(open.count() == 1);
    CHECK(open.at(0).at(0).toString() == S("kb_article"));
    // Marked helped on a ticket elsewhere: the page searches again and shows the new count.
    const QString tk = addRecord(db(), S("ticket"), {{S("subject"), S("Acceso")}, {S("status"), S("open")}});
    REQUIRE(KnowledgeBase(db()).markHelped(tk, S("Cómo restablecer la contraseña")).ok());
    REQUIRE(waitFor([&] { return page->results()->rowCount() == 2 && page->results()->item(0, 2)->text() == S("1"); }));
    screenshot(page, S("kb_page"));
}

TEST_CASE_METHOD(UiFixture, "a ticket's Articles tab suggests articles, inserts one into a reply and marks it helped", "[ui][support]")
{
    articles(db());
    const QString tk = addRecord(db(), S("ticket"), {{S("subject"), S("No puedo restablecer la contraseña")}, {S("status"), S("open")}});
    registerSupportViews();
    std::unique_ptr<RecordViewPart> part;
    for (const auto &ext : RecordViewExtensions::forEntity(S("ticket"))) {
        if (ext.place != RecordViewExtensions::Place::Tab)
            continue;
        RecordViewPart *p = ext.factory(db());
        if (qobject_cast<TicketArticlesTab *>(p)) {
            part.reset(p);
            break;
        }
        delete p;
    }
    REQUIRE(part);
    auto *tab = static_cast<TicketArticlesTab *>(part.get());
    tab->resize(820, 460);
    tab->setRecordId(tk);
    REQUIRE(tab->suggested()->rowCount() >= 1);
    CHECK(tab->suggested()->item(0, 0)->text() == S("Cómo restablecer la contraseña"));
    for (int r = 0; r < tab->suggested()->rowCount(); ++r)
        CHECK(tab->suggested()->item(r, 0)->text() != S("Contraseña del wifi"));
    tab->suggested()->selectRow(0);
    QTest::mouseClick(tab->findChild<QPushButton *>(S("kbInsert")), Qt::LeftButton);
    CHECK(tab->findChild<QLabel *>(S("kbError"))->text().isEmpty());
    CHECK(scalar(db(), S("SELECT count(*) FROM ticket_message WHERE ticket = ? AND kind = 'reply'"), {tk}) == 1);
    // recordsChanged refreshed the tab: the article moved from suggested to linked.
    REQUIRE(waitFor([&] { return tab->linked()->rowCount() == 1; }));
    CHECK(tab->linked()->item(0, 0)->text() == S("Cómo restablecer la contraseña"));
    tab->linked()->item(0, 2)->setCheckState(Qt::Checked);
    CHECK(scalar(db(), S("SELECT helped_count FROM kb_article WHERE title = ?"), {S("Cómo restablecer la contraseña")}) == 1);
    screenshot(tab, S("kb_ticket_articles"));

    // A closed ticket refuses the insert and the tab says why.
    // Resolved, then closed: the ticket rules allow no shortcut.
    REQUIRE(RecordStore(db()).update(S("ticket"), tk, {{S("status"), S("resolved")}, {S("resolution"), S("Hecho")}}).ok());
    REQUIRE(RecordStore(db()).update(S("ticket"), tk, {{S("status"), S("closed")}}).ok());
    tab->setRecordId(tk);
    tab->linked()->selectRow(0);
    QTest::mouseClick(tab->findChild<QPushButton *>(S("kbInsert")), Qt::LeftButton);
    CHECK(tab->findChild<QLabel *>(S("kbError"))->text().contains(S("closed")));
    CHECK(scalar(db(), S("SELECT count(*) FROM ticket_message WHERE ticket = ?"), {tk}) == 1);
}

TEST_CASE_METHOD(UiFixture, "a ticket under an expired service contract shows a notice", "[ui][support]")
{
    const QString acme = addRecord(db(), S("account"), {{S("name"), S("Acme")}});
    addRecord(db(), S("service_contract"), {{S("name"), S("Acme 2020")}, {S("account"), acme}, {S("unit"), S("hours")}, {S("period"), S("term")},
                                            {S("included"), S("10")}, {S("start_date"), S("2020-01-01")}, {S("end_date"), S("2020-12-31")}});
    const QString tk = addRecord(db(), S("ticket"), {{S("subject"), S("Impresora")}, {S("status"), S("open")}, {S("account"), acme},
                                                     {S("contract"), S("Acme 2020")}});
    TicketContractNotice notice(db());
    notice.setRecordId(tk);
    CHECK(notice.text().contains(S("expired on 2020-12-31")));
    notice.resize(640, notice.sizeHint().height());
    screenshot(&notice, S("kb_contract_notice"));
    REQUIRE(RecordStore(db()).update(S("ticket"), tk, {{S("contract"), QVariant()}}).ok());
    REQUIRE(waitFor([&] { return notice.text().isEmpty(); }));
}

TEST_CASE_METHOD(UiFixture, "service contracts with less than 10 % left are marked in their list", "[ui][support]")
{
    const QString acme = addRecord(db(), S("account"), {{S("name"), S("Acme")}});
    const QDate today = QDate::currentDate();
    auto contract = [&](const char *name) {
        return addRecord(db(), S("service_contract"), {{S("name"), S(name)}, {S("account"), acme}, {S("unit"), S("hours")},
                                                       {S("period"), S("term")}, {S("included"), S("10")},
                                                       {S("start_date"), today.addDays(-10).toString(Qt::ISODate)},
                                                       {S("end_date"), today.addDays(100).toString(Qt::ISODate)}});
    };
    const QString almost = contract("Casi agotado");
    const QString plenty = contract("Holgado");
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    RecordStore store(db());
    REQUIRE(store.create(S("ticket"), {{S("subject"), S("Uno")}, {S("status"), S("open")}, {S("account"), acme}, {S("contract"), almost},
                                       {S("time_spent"), 9500}, {S("opened_at"), now}}, RecordStore::Access::System).ok());
    REQUIRE(store.create(S("ticket"), {{S("subject"), S("Dos")}, {S("status"), S("open")}, {S("account"), acme}, {S("contract"), plenty},
                                       {S("time_spent"), 2000}, {S("opened_at"), now}}, RecordStore::Access::System).ok());

    RecordListView list(db(), S("service_contract"), RecordListView::Mode::Records);
    list.resize(900, 300);
    RecordListModel *model = list.model();
    REQUIRE(waitFor([&] { return model->rowCount() == 2; }));
    const int used = int(model->visibleFields().indexOf(S("used")));
    REQUIRE(used >= 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString id = model->data(model->index(row, 0), RecordListModel::IdRole).toString();
        const QString flag = model->data(model->index(row, 0), RecordListModel::FlagRole).toString();
        if (id == almost) {
            CHECK(flag == S("Almost used up"));
            CHECK(model->data(model->index(row, used), Qt::DisplayRole).toString() == S("9.5"));
        } else {
            CHECK(flag.isEmpty());
        }
    }
    screenshot(&list, S("kb_contract_list"));
}
