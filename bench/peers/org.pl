% The same org and queries as `orgrules bench`, in SWI-Prolog: manager/2 facts from the CSV,
% untabled walks (first-argument indexing for the walk up, JIT indexing on the second argument
% for the walk down). Every walk stops after 64 steps, so the planted cycles end.
% Run: swipl -g main -t halt org.pl -- ORG.csv QUERIES.csv
:- use_module(library(csv)).
:- use_module(library(lists)).
:- dynamic manager/2.

main :-
    current_prolog_flag(argv, [OrgFile, QueryFile|_]),
    get_time(T0),
    csv_read_file(OrgFile, [_|Rows], [convert(false), match_arity(false)]),
    forall(member(R, Rows), assert_row(R)),
    get_time(T1),
    LoadMs is round((T1 - T0) * 1000),
    aggregate_all(count, manager(_, _), Lines),
    csv_read_file(QueryFile, [_|Qs], [convert(false), match_arity(false)]),
    findall(A-B, member(row(reports_to, A, B), Qs), RT),
    findall(A, member(row(reports_to, A, _), Qs), Chains),
    ( member(row(team_all, Root, _), Qs) -> true ; Root = none ),
    timed(reports_to, RT, RtStats),
    timed(chain, Chains, ChStats),
    findall(Root-x, between(1, 50, _), TeamArgs),
    timed(team_all, TeamArgs, TeamStats),
    format("{\"peer\": \"swi-prolog\", \"lines\": ~w, \"load_ms\": ~w, \"queries\": {\"reports_to\": ~w, \"chain\": ~w, \"team_all\": ~w}}~n",
           [Lines, LoadMs, RtStats, ChStats, TeamStats]).

assert_row(row(Id, _, _, _, _, M)) :- M \== '', !, assertz(manager(Id, M)).
assert_row(_).

reports_to(A, B) :- reports_to(A, B, 64).
reports_to(A, B, D) :- D > 0, manager(A, M), ( M == B -> true ; D1 is D - 1, reports_to(M, B, D1) ).

chain(A, L) :- chain(A, 64, L).
chain(A, D, [M|L]) :- D > 0, manager(A, M), M \== A, !, D1 is D - 1, chain(M, D1, L).
chain(_, _, []).

team_all(Root, N) :- findall(C, below(Root, C, 64), Cs), sort(Cs, S), length(S, N).
below(R, C, D) :- D > 0, manager(X, R), ( C = X ; D1 is D - 1, below(X, C, D1) ).

run(reports_to, A-B) :- ( reports_to(A, B) -> true ; true ).
run(chain, A) :- chain(A, _).
run(team_all, R-_) :- team_all(R, _).

timed(Kind, Args, Json) :-
    forall(member(X, Args), run(Kind, X)),            % warm-up pass
    findall(Us, ( member(X, Args), get_time(S), run(Kind, X), get_time(E), Us is (E - S) * 1e6 ), Ts),
    msort(Ts, Sorted), length(Sorted, N), sum_list(Sorted, Sum),
    Mean is Sum / N, pct(Sorted, N, 50, P50), pct(Sorted, N, 99, P99),
    format(atom(Json), "{\"mean_us\": ~4f, \"p50_us\": ~4f, \"p99_us\": ~4f, \"n\": ~w}", [Mean, P50, P99, N]).

pct(Sorted, N, P, V) :- I is max(1, ceiling(P / 100 * N)), nth1(I, Sorted, V).
